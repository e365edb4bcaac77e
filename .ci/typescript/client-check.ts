// Type-checked (never run) against the types generated from openapi/openapi.yaml: if an operation,
// parameter or field these calls rely on disappears or changes type, `tsc` fails in CI.
import type { components, paths } from "./api";

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer T } } };
}
  ? T
  : never;

const base = "https://netralitas.example/api/v1";

async function getJson<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const problem = (await response.json()) as components["schemas"]["Problem"];
    throw new Error(`${problem.code}: ${problem.detail}`);
  }
  return (await response.json()) as T;
}

/** Provinces, by name (public reference data). */
export async function provinceNames(token: string): Promise<string[]> {
  const query: paths["/api/v1/regions"]["get"]["parameters"]["query"] = { level: "PROVINSI", size: 100 };
  const page = await getJson<Json<"/api/v1/regions", "get">>(
    `${base}/regions?level=${query?.level}&size=${query?.size}`, token);
  return page.items.map((region) => region.name);
}

/** What a reporter sees with the receipt alone. */
export async function receiptStatus(receipt: string): Promise<string> {
  const view = await getJson<Json<"/api/v1/receipts/{receipt}", "get">>(`${base}/receipts/${receipt}`);
  const status: string = view.publicStatus;
  return `${view.caseNumber}: ${status}`;
}

/** One page of the change feed after a stored cursor: the events and the next cursor to store. */
export async function readFeed(token: string, after: string): Promise<{ cursor: string; positions: number[] }> {
  const page = await getJson<Json<"/api/v1/events", "get">>(`${base}/events?after=${after}&limit=500`, token);
  const types: components["schemas"]["DomainEventType"][] = page.items.map((event) => event.type);
  console.log(types.join(","), page.hasMore);
  return { cursor: page.nextCursor, positions: page.items.map((event) => event.position) };
}
