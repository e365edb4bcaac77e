package id.netralitas.employee;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The synthetic register loaded at start ({@code netralitas.demo-data.employees}). */
@ConfigMapping(prefix = "netralitas.demo-data")
public interface DemoRegisterConfig {

    /** Employees generated into an empty register; zero (the default) loads none. */
    @WithDefault("0")
    int employees();
}
