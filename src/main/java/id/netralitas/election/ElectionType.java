package id.netralitas.election;

/** Kind of election. */
public enum ElectionType {
    /** General election: President/VP, DPR, DPD, DPRD (UU 7/2017). */
    PEMILU,
    /** Regional head election: governor, regent, mayor (UU 10/2016). */
    PILKADA,
    /** Re-vote at some polling stations (pemungutan suara ulang). */
    PEMUNGUTAN_SUARA_ULANG,
    /** Repeat election, such as after a "kotak kosong" win or a court order (pemilihan ulang). */
    PEMILIHAN_ULANG,
    /** Continued or follow-up election (pemilihan lanjutan / susulan). */
    PEMILIHAN_LANJUTAN
}
