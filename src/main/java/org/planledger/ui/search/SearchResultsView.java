package org.planledger.ui.search;

import javafx.animation.PauseTransition;
import javafx.beans.property.LongProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.planledger.i18n.Messages;
import org.planledger.store.plan.SearchHit;
import org.planledger.ui.common.Subscriptions;

/**
 * The hits of a search, shown where the outline is while the search box has text:
 * code and title, and the stretch of text where the words were found.
 */
public final class SearchResultsView {

    /** Typing pauses this long before the search runs, so each keystroke does not query. */
    static final Duration DEBOUNCE = Duration.millis(180);

    private final VBox root;

    public SearchResultsView(SearchViewModel viewModel, LongProperty selectedTaskId, Messages messages,
                             Subscriptions subs) {
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.setWrapText(true);
        ListView<SearchHit> list = new ListView<>(viewModel.hits());
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setCellFactory(l -> new HitCell(viewModel));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                selectedTaskId.set(now.taskId());
            }
        });
        root = new VBox(summary, list);
        root.getStyleClass().add("search-pane");
        VBox.setVgrow(list, Priority.ALWAYS);

        subs.listen(viewModel.summaryProperty(), (o, old, now) -> summary.setText(now == null ? "" : messages.format(now)));
        summary.setText(viewModel.summaryProperty().get() == null ? "" : messages.format(viewModel.summaryProperty().get()));
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> viewModel.search());
        subs.listen(viewModel.queryProperty(), (o, old, now) -> pause.playFromStart());
    }

    public Node node() {
        return root;
    }

    /**
     * A hit: code and title, then the stretch where the words were found, the words marked there
     * (the title stays one plain line: marked, it would wrap over the row above).
     */
    private static final class HitCell extends ListCell<SearchHit> {
        private final SearchViewModel viewModel;
        private final Label code = new Label();
        private final Label title = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, new HBox(8, code, title), snippet);

        HitCell(SearchViewModel viewModel) {
            this.viewModel = viewModel;
            getStyleClass().add("search-hit");
            code.getStyleClass().add("outline-code");
            code.setMinWidth(USE_PREF_SIZE);
            title.getStyleClass().add("search-hit-title");
            title.setMinWidth(0);
            ((HBox) box.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
            snippet.getStyleClass().add("search-snippet");
            snippet.prefWidthProperty().bind(widthProperty().subtract(24));
            snippet.setMinWidth(0);
            setPrefWidth(0);
        }

        private void mark(TextFlow flow, String text, String style) {
            List<Node> texts = new ArrayList<>();
            for (Marks.Part part : Marks.of(text, viewModel.queryProperty().get())) {
                Text t = new Text(part.text());
                t.getStyleClass().add(style);
                if (part.matched()) {
                    t.getStyleClass().add("search-match");
                }
                texts.add(t);
            }
            flow.getChildren().setAll(texts);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            code.setText(hit.code());
            title.setText(hit.title());
            mark(snippet, hit.snippet(), "search-snippet-text");
            setGraphic(box);
        }
    }
}
