package id.netralitas.pact;

/** An answer with the version of the row it shows, for the ETag. */
public record Versioned<T>(T body, long version) {
}
