package id.netralitas.regulation;

/** The track a violation type belongs to. */
public enum ViolationCategory {
    /** Breach of the code of ethics (PP 42/2004): moral sanction. */
    KODE_ETIK,
    /** Breach of discipline (PP 94/2021, formerly PP 53/2010): disciplinary sanction. */
    DISIPLIN,
    /** Election crime (UU 7/2017, UU 10/2016): criminal track through Gakkumdu and the courts. */
    PIDANA_PEMILU,
    /** Anything else. */
    LAINNYA
}
