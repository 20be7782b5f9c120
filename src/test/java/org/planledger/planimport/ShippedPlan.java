package org.planledger.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plan shipped in resources/plans, as tests read it. */
public final class ShippedPlan {

    public static final String RESOURCE = "/plans/tianqiao-eco-plan-2021-2025.txt";
    public static final String FILE_NAME = "tianqiao-eco-plan-2021-2025.txt";

    private ShippedPlan() {
    }

    public static byte[] bytes() {
        try (InputStream in = ShippedPlan.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public static ParsedPlan parsed() {
        return new PlanDocumentReader().read(FILE_NAME, bytes());
    }
}
