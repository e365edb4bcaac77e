package id.netralitas.election;

/** Where a date falls in an election's campaign calendar. */
public enum ElectionPhase {
    /** Before the campaign period starts. */
    BEFORE_CAMPAIGN,
    /** Within the campaign period. */
    CAMPAIGN,
    /** Quiet period (masa tenang): after the campaign, before voting day. */
    QUIET,
    /** Voting day. */
    VOTING,
    /** After voting day. */
    AFTER
}
