package org.planledger.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;

/**
 * Which items to supervise and how: filters that combine (a plan, a lead department by name or
 * short name, task codes, exact items — a task or one milestone, as picked in the app —, a light;
 * none given: every red and yellow item), one document per department or per item, the issue
 * date, and what the office sets itself: the feedback deadline, the first serial number and the
 * 办理要求 (null or blank: five working days, the next number of the year, the usual words).
 */
public record NoticeRequest(Long planId, String department, List<String> codes, Set<ItemKey> items, Light light,
                            boolean perItem, LocalDate issuedOn, LocalDate feedbackDue, Integer firstSerial,
                            String requirement) {

    public NoticeRequest {
        codes = codes == null ? List.of() : codes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        items = items == null ? Set.of() : Set.copyOf(items);
        requirement = requirement == null || requirement.isBlank() ? null : requirement.strip();
    }

    /** By filters only (the command line's way). */
    public NoticeRequest(Long planId, String department, List<String> codes, Light light, boolean perItem,
                         LocalDate issuedOn, LocalDate feedbackDue, Integer firstSerial) {
        this(planId, department, codes, null, light, perItem, issuedOn, feedbackDue, firstSerial, null);
    }
}
