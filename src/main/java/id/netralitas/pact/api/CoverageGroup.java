package id.netralitas.pact.api;


public record CoverageGroup(
        String code,
        String name,
        long activeEmployees,
        long signed,
        double percentage) {
}
