package org.planledger.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.docs.PdfConverter;
import org.planledger.docs.PdfException;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.BackgroundTask;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.TaskExecutor;

/**
 * The documents just written, and what the user does with them: open one, open its folder, make
 * PDFs of the Word files (one conversion at a time, off the FX thread, with 取消). The line under
 * the list says how it goes; without LibreOffice it says to save as PDF from WPS or Word.
 */
public final class DocumentsWrittenModel {

    private final Messages messages;
    private final DocumentTools tools;
    private final TaskExecutor conversions;
    private final Executor ui;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<Path> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty converting = new SimpleBooleanProperty();
    private volatile boolean cancelled;

    /**
     * @param conversions where PDFs are made (not the ledger's worker: a conversion takes seconds)
     * @param ui          runs the conversion's news on the FX thread
     */
    public DocumentsWrittenModel(Messages messages, DocumentTools tools, TaskExecutor conversions, Executor ui) {
        this.messages = messages;
        this.tools = tools;
        this.conversions = conversions;
        this.ui = ui;
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** The file 打开 opens; the first one when none is chosen. */
    public ObjectProperty<Path> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether the status tells of something that went wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty convertingProperty() {
        return converting;
    }

    public void show(List<Path> written) {
        files.setAll(written);
        selected.set(written.isEmpty() ? null : written.get(0));
        say("", false);
    }

    /** The Word files among the documents: what 转为 PDF converts. */
    public List<Path> wordFiles() {
        return files.stream().filter(DocumentsWrittenModel::isWord).toList();
    }

    static boolean isWord(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
    }

    public void open() {
        Path p = chosen();
        if (p != null) {
            hand(p, p);
        }
    }

    public void openFolder() {
        Path p = chosen();
        if (p != null && p.toAbsolutePath().getParent() != null) {
            hand(p.toAbsolutePath().getParent(), p);
        }
    }

    private Path chosen() {
        return selected.get() != null ? selected.get() : files.isEmpty() ? null : files.get(0);
    }

    private void hand(Path target, Path file) {
        try {
            tools.opener().open(target);
        } catch (Exception e) {
            say(messages.get("ui.documents.openFailed", target.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }

    /** Makes the PDFs of the Word files, each beside its document; they join the list as they are made. */
    public void convertToPdf() {
        List<Path> word = wordFiles();
        if (word.isEmpty() || converting.get()) {
            return;
        }
        cancelled = false;
        converting.set(true);
        say(messages.get("ui.documents.pdf.starting"), false);
        int total = word.size();
        List<Path> done = new ArrayList<>();
        PdfConverter.Watch watch = new PdfConverter.Watch() {
            @Override
            public void waiting(Path docx) {
                ui.execute(() -> say(messages.get("ui.documents.pdf.waiting", docx.getFileName().toString()), false));
            }

            @Override
            public void converting(Path docx) {
                int n = done.size() + 1;
                ui.execute(() -> say(messages.get("ui.documents.pdf.converting", n, total,
                        docx.getFileName().toString()), false));
            }

            @Override
            public void converted(Path pdf) {
                done.add(pdf);
                ui.execute(() -> add(pdf));
            }
        };
        BackgroundTask.wrap(() -> tools.pdf().convertAll(word, () -> cancelled, watch)).onSuccess(pdfs -> {
            converting.set(false);
            pdfs.forEach(this::add);
            say(messages.get("ui.documents.pdf.done", pdfs.size()), false);
        }).onFailure(e -> {
            converting.set(false);
            if (e instanceof PdfException pdf) {
                say(messages.format(pdf.problem()), pdf.reason() != PdfException.Reason.CANCELLED);
            } else {
                say(messages.get("ui.documents.pdf.failed", Problems.describe(e, messages)), true);
            }
        }).executeWith(conversions);
    }

    /** Gives up the conversion: a waiting one stops waiting, a running LibreOffice is stopped. */
    public void cancel() {
        cancelled = true;
    }

    /** A PDF goes right after its Word file (once). */
    private void add(Path pdf) {
        if (files.contains(pdf)) {
            return;
        }
        String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        int at = files.size();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (isWord(f) && f.getFileName().toString().replaceFirst("(?i)\\.docx$", "").equals(stem)
                    && java.util.Objects.equals(f.getParent(), pdf.getParent())) {
                at = i + 1;
            }
        }
        files.add(at, pdf);
    }

    private void say(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }
}
