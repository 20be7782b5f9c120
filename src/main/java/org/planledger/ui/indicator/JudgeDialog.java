package org.planledger.ui.indicator;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorVerdict;
import org.planledger.store.indicator.IndicatorRow;

/**
 * 研判: for a word target (全面消除, 稳中向好) or one without a baseline, the manager says whether
 * it is met, on track or behind, on which day, and why. The latest judgement by the day counts.
 */
final class JudgeDialog extends IndicatorDialog {

    private final IndicatorViewModel vm;
    private final IndicatorRow row;
    private final ToggleGroup verdicts = new ToggleGroup();
    private final DatePicker on;
    private final TextArea reason;

    JudgeDialog(IndicatorViewModel vm, IndicatorWords words, IndicatorRow row) {
        super("indicator-judge-dialog", words.messages().get("ui.indicator.judge.title"),
                words.messages().get("ui.indicator.detail.title", row.indicator().number(), row.indicator().name()),
                words.messages());
        this.vm = vm;
        this.row = row;
        note(messages.get("ui.indicator.judge.note", IndicatorWords.plain(row.indicator().target()), words.reason(row)));
        FlowPane choices = new FlowPane(12, 6);
        choices.setId("indicator-judge-verdict");
        List<RadioButton> buttons = new ArrayList<>();
        for (IndicatorVerdict v : IndicatorVerdict.values()) {
            if (v.judgeable()) {
                RadioButton b = new RadioButton(words.verdict(v));
                b.setId("indicator-judge-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                b.setUserData(v);
                b.setToggleGroup(verdicts);
                buttons.add(b);
            }
        }
        choices.getChildren().setAll(buttons);
        row(messages.get("ui.indicator.field.verdict"), choices);
        on = dateField("indicator-judge-on", messages.get("ui.indicator.field.judgedOn"), vm.today());
        reason = textArea("indicator-judge-reason", messages.get("ui.indicator.field.reason"), 3);
    }

    @Override
    protected Save action() {
        if (verdicts.getSelectedToggle() == null) {
            return showProblem(Text.of("ui.indicator.problem.noVerdict"));
        }
        IndicatorVerdict verdict = (IndicatorVerdict) verdicts.getSelectedToggle().getUserData();
        var day = dateOf(on);
        String why = reason.getText();
        return (refused, done) -> vm.judge(row.id(), verdict, day, why, refused, done);
    }
}
