package org.planledger.ui.rollup;

import org.planledger.rollup.Tally;

/**
 * A row of the 按章节 table: the whole plan, a chapter or a section.
 *
 * @param key  names the row in ids: plan, ch6, ch6.2
 * @param name what the first column shows: 全规划, 第六章 …, 6.2 …
 */
record ChapterLine(String key, String name, Tally tally) {
}
