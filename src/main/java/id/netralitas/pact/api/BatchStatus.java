package id.netralitas.pact.api;

/** What became of one NIP of a batch. */
public enum BatchStatus { SIGNED, ALREADY_SIGNED, UNKNOWN_NIP, NOT_ELIGIBLE, OTHER_AGENCY }
