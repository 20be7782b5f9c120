package org.planledger.assign;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.planledger.model.AssignmentRole;

/**
 * The rules a draft division of work is made from, shipped in resources/reference:
 * the plan's own phrases naming a department, a keyword table of lead and cooperating units,
 * and the keywords that are place names (they count only where the sentence names the work).
 */
public record AssignmentRules(boolean territorialByDefault, String fallbackLead, List<PlanPhrase> planPhrases,
                              List<KeywordRule> keywords, List<PlaceNames> placeNames) {

    public AssignmentRules {
        planPhrases = List.copyOf(planPhrases);
        keywords = List.copyOf(keywords);
        placeNames = placeNames == null ? List.of() : List.copyOf(placeNames);
    }

    public static final String RESOURCE = "/reference/assignment-rules.json";

    /** Words of the plan itself that name a department (自然资源主管部门, 公安机关). */
    public record PlanPhrase(String phrase, String department, AssignmentRole role) {
    }

    /** A row of the keyword table: any of these words suggests this lead and these cooperating units. */
    public record KeywordRule(String ref, List<String> keywords, String lead, List<String> cooperating, boolean seen) {
    }

    /**
     * Keywords that name a place (a river, a district): a place says where work is done, not
     * which line of work it is, so such a keyword counts only in a sentence that also has one
     * of {@code countOnlyWith} (小清河综合整治 is water work, 实现小清河通航 is transport).
     *
     * @param names        the place names, as they appear among the keywords
     * @param countOnlyWith words of the work the keyword's rule stands for
     * @param why          the reason, for whoever edits the rules
     */
    public record PlaceNames(List<String> names, List<String> countOnlyWith, String why) {

        public PlaceNames {
            names = List.copyOf(names);
            countOnlyWith = List.copyOf(countOnlyWith);
        }
    }

    /** The place-name group a keyword belongs to, if it is a place name. */
    public Optional<PlaceNames> place(String keyword) {
        return placeNames.stream().filter(p -> p.names().contains(keyword)).findFirst();
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
