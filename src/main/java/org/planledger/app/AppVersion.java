package org.planledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The version this build of PlanLedger carries: the Maven project version, filled into a resource by the build. */
public final class AppVersion {

    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /** The version, or empty when the classes were not built by Maven (an IDE's own compile, say). */
    public static Optional<String> current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                // an unfiltered copy still says ${project.version}
                if (!v.isBlank() && !v.contains("${")) {
                    return Optional.of(v.strip());
                }
            }
        } catch (IOException e) {
            // no version to show; the jar's manifest may still have one
        }
        return Optional.ofNullable(AppVersion.class.getPackage().getImplementationVersion());
    }
}
