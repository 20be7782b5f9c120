package org.planledger.assign;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.planledger.model.AssignmentRole;

/**
 * The rules a draft division of work is made from, shipped in resources/reference:
 * the plan's own phrases naming a department, and a keyword table of lead and cooperating units.
 */
public record AssignmentRules(boolean territorialByDefault, String fallbackLead, List<PlanPhrase> planPhrases,
                              List<KeywordRule> keywords) {

    public static final String RESOURCE = "/reference/assignment-rules.json";

    /** Words of the plan itself that name a department (自然资源主管部门, 公安机关). */
    public record PlanPhrase(String phrase, String department, AssignmentRole role) {
    }

    /** A row of the keyword table: any of these words suggests this lead and these cooperating units. */
    public record KeywordRule(String ref, List<String> keywords, String lead, List<String> cooperating, boolean seen) {
    }

    public static AssignmentRules shipped() {
        try (InputStream in = AssignmentRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, AssignmentRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
