package org.planledger.carryover.measure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.planledger.docs.ChineseNumbers;
import org.planledger.model.Chapter;
import org.planledger.model.Plan;
import org.planledger.model.Section;
import org.planledger.model.Task;

/**
 * A plan written as an office gets it in Word: the title, then 第X章 and 第X节 headings, each
 * section's opening prose and its task paragraphs, every task's lead sentence in bold — what the
 * plan import reads.
 */
public final class PlanDocx {

    private PlanDocx() {
    }

    public static void write(Plan plan, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(plan.title());
            for (Chapter ch : plan.chapters()) {
                doc.createParagraph().createRun().setText("第" + ChineseNumbers.of(ch.number()) + "章 " + ch.title());
                if (!ch.preamble().isBlank()) {
                    doc.createParagraph().createRun().setText(ch.preamble());
                }
                for (Section s : ch.sections()) {
                    doc.createParagraph().createRun().setText("第" + ChineseNumbers.of(s.number()) + "节 " + s.title());
                    for (String p : s.preamble().split("\n")) {
                        if (!p.isBlank()) {
                            doc.createParagraph().createRun().setText(p);
                        }
                    }
                    for (Task t : s.tasks()) {
                        String[] paragraphs = t.text().split("\n");
                        for (int i = 0; i < paragraphs.length; i++) {
                            XWPFParagraph para = doc.createParagraph();
                            String text = paragraphs[i];
                            if (i == 0 && !t.namedAfterSection() && text.startsWith(t.title() + "。")) {
                                XWPFRun lead = para.createRun();
                                lead.setBold(true);
                                lead.setText(t.title() + "。");
                                text = text.substring(t.title().length() + 1);
                            }
                            para.createRun().setText(text);
                        }
                    }
                }
            }
            doc.write(out);
        }
    }
}
