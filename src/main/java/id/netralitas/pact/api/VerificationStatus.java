package id.netralitas.pact.api;

/** What a receipt check found. */
public enum VerificationStatus { VALID, REVOKED, ALTERED }
