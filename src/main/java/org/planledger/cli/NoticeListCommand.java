package org.planledger.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.store.Ledger;
import org.planledger.store.notice.Notice;
import picocli.CommandLine.Command;

/** {@code notice list [--json]}: the register (督办台账), oldest first, with what became of each document. */
@Command(name = "list",
        description = {"${bundle:cli.notice.list.summary}", "", "${bundle:cli.notice.list.description}"})
final class NoticeListCommand extends LedgerCommand {

    @Override
    public Integer call() {
        List<Notice> notices;
        LocalDate today = LocalDate.now(clock());
        try (Ledger ledger = openSeeded()) {
            notices = ledger.notices(clock()).all();
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("notices", notices.stream().map(NoticeListCommand::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        if (notices.isEmpty()) {
            out().println(text("cli.notice.list.empty"));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.notice.column.number"), text("cli.notice.column.kind"),
                text("cli.notice.column.department"), text("cli.notice.column.issued"), text("cli.notice.column.feedbackDue"),
                text("cli.notice.column.signed"), text("cli.notice.column.feedback"), text("cli.notice.column.closed"),
                text("cli.notice.column.items"));
        for (Notice n : notices) {
            t.row(n.number(), n.colour() == null ? text(n.kind().messageKey()) : text(n.colour().messageKey()),
                    n.departmentName() == null ? "" : n.departmentName(), date(n.issuedOn()), date(n.feedbackDue()),
                    date(n.signedOn()),
                    n.feedbackOn() != null ? date(n.feedbackOn()) : n.overdueOn(today) ? text("cli.notice.overdue") : "",
                    date(n.closedOn()), String.join(text("cli.progress.listSeparator"),
                            n.items().stream().map(Notice.Item::code).distinct().toList()));
        }
        t.print(out());
        return ExitCodes.OK;
    }

    private String date(LocalDate d) {
        return d == null ? "" : messages().date(d);
    }

    /** Documents just written, each with its file. */
    static List<Map<String, Object>> json(List<Notice> notices, List<java.nio.file.Path> files) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            Map<String, Object> n = json(notices.get(i));
            n.put("file", files.get(i).toString());
            list.add(n);
        }
        return list;
    }

    static Map<String, Object> json(Notice n) {
        Map<String, Object> o = Json.object();
        o.put("number", n.number());
        o.put("kind", n.kind().name());
        o.put("colour", n.colour() == null ? null : n.colour().name());
        o.put("year", n.year());
        o.put("serial", n.serial());
        o.put("departmentId", n.departmentId());
        o.put("department", n.departmentName());
        o.put("issuedOn", String.valueOf(n.issuedOn()));
        o.put("feedbackDue", n.feedbackDue() == null ? null : n.feedbackDue().toString());
        o.put("signedOn", n.signedOn() == null ? null : n.signedOn().toString());
        o.put("feedbackEntryId", n.feedbackEntryId());
        o.put("feedbackOn", n.feedbackOn() == null ? null : n.feedbackOn().toString());
        o.put("closedOn", n.closedOn() == null ? null : n.closedOn().toString());
        o.put("refersTo", n.refersTo());
        o.put("items", n.items().stream().map(i -> {
            Map<String, Object> item = Json.object();
            item.put("code", i.code());
            item.put("taskId", i.key().taskId());
            item.put("milestoneId", i.key().milestoneId());
            item.put("light", i.light().name());
            item.put("reason", i.reason());
            return item;
        }).toList());
        return o;
    }
}
