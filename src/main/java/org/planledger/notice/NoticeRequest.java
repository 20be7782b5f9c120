package org.planledger.notice;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.Light;

/**
 * Which items to supervise and how: filters that combine (a plan, a lead department by name or
 * short name, task codes, a light; none given: every red and yellow item), one document per
 * department or per item, the issue date, and the feedback deadline and first serial number when
 * the office sets them itself (null: five working days, the next number of the year).
 */
public record NoticeRequest(Long planId, String department, List<String> codes, Light light, boolean perItem,
                            LocalDate issuedOn, LocalDate feedbackDue, Integer firstSerial) {

    public NoticeRequest {
        codes = codes == null ? List.of() : codes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
