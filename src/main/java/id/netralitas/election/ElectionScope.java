package id.netralitas.election;

/** Whether every region takes part or only the listed ones. */
public enum ElectionScope {
    NATIONAL,
    REGIONAL
}
