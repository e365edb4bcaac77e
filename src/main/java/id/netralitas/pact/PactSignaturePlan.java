package id.netralitas.pact;

import id.netralitas.common.persistence.Where;

/** A list's filters, scope and order, checked before anything is read (or, for an export, sent). */
public record PactSignaturePlan(Where where, String order) {
}
