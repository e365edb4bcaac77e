package id.netralitas.report;

/** Kind of evidence; TAUTAN is a link (e.g. a social-media post), the others are files. */
public enum EvidenceKind {
    FOTO, VIDEO, TANGKAPAN_LAYAR, DOKUMEN, TAUTAN
}
