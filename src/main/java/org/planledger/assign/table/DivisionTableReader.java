package org.planledger.assign.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.planledger.assign.table.TableLayout.GridRow;
import org.planledger.i18n.Text;
import org.planledger.office.OfficeLimits;
import org.planledger.planimport.DocumentBlock;
import org.planledger.planimport.DocxDocumentReader;
import org.planledger.planimport.PlanImportException;
import org.planledger.planimport.SourceDocument;

/**
 * Reads a 分工表 from an Excel workbook (.xlsx: the first visible sheet with a recognisable
 * header) or from the tables of a Word document (.docx: every table with a recognisable
 * header). The format is told by the content, not the name. Old formats (.xls, .doc),
 * encrypted workbooks, other files and broken ones are refused with a message that names the
 * file. POI's zip-bomb limits stay on. Nothing here touches a ledger.
 */
public final class DivisionTableReader {

    /** A 分工表 is a few hundred kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows read from one sheet at most. */
    static final int MAX_ROWS = 10_000;
    /** Columns read at most (Word's own limit). */
    static final int MAX_COLUMNS = 63;

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());
    private static final Set<String> WORD_TYPES = Set.of(XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    /** @throws DivisionTableException when the file cannot be read as a 分工表 */
    public DivisionTable read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DivisionTableException(Text.of("divisionImport.error.tooLarge", name, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DivisionTableException(Text.of("divisionImport.error.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        return read(name, bytes);
    }

    /** @throws DivisionTableException when the bytes cannot be read as a 分工表 */
    public DivisionTable read(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw problem("divisionImport.error.empty", name, null);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DivisionTableException(Text.of("divisionImport.error.tooLarge", name, MAX_BYTES / (1024 * 1024)));
        }
        if (isOleCompoundFile(bytes)) {
            throw problem(isEncrypted(bytes) ? "divisionImport.error.encrypted" : "divisionImport.error.oldOffice", name, null);
        }
        if (!hasZipSignature(bytes)) {
            throw problem("divisionImport.error.notOffice", name, null);
        }
        List<String> entries = zipEntryNames(name, bytes);
        if (entries.stream().noneMatch("[Content_Types].xml"::equalsIgnoreCase)) {
            throw problem("divisionImport.error.notOffice", name, null);
        }
        OPCPackage pkg;
        OfficeLimits.apply();
        try {
            // From a stream POI keeps its zip-bomb limits (ZipSecureFile thresholds) on.
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw broken(name, e);
        }
        String type;
        try {
            type = mainPartType(pkg);
        } catch (RuntimeException | StackOverflowError e) {
            pkg.revert();
            throw broken(name, e);
        }
        if (WORD_TYPES.contains(type)) {
            pkg.revert();
            return readWord(name, bytes);
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            pkg.revert();
            throw problem("divisionImport.error.otherOffice", name, null);
        }
        try {
            // not closed: closing a package opened from a stream would try to write it back
            return readWorkbook(name, new XSSFWorkbook(pkg));
        } catch (DivisionTableException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw broken(name, e);
        } finally {
            pkg.revert();
        }
    }

    // ---- Excel ----

    private static DivisionTable readWorkbook(String name, XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<String> searched = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                continue;
            }
            XSSFSheet sheet = workbook.getSheetAt(s);
            String sheetName = sheet.getSheetName();
            searched.add(sheetName);
            List<GridRow> grid = grid(name, sheet, formatter);
            var layout = TableLayout.find(grid);
            if (layout.isEmpty()) {
                continue;
            }
            List<Text> notes = new ArrayList<>();
            Text header = where(sheetName, grid.get(layout.get().headerIndex()).number());
            notes.add(Text.of("divisionImport.note.sheet", header));
            List<DivisionTable.Row> rows = layout.get().rows(grid, n -> where(sheetName, n), notes);
            if (rows.isEmpty()) {
                throw new DivisionTableException(Text.of("divisionImport.error.noRows", name, header));
            }
            return new DivisionTable(name, DivisionTable.Format.XLSX, rows, notes);
        }
        throw new DivisionTableException(Text.of("divisionImport.error.noHeaderSheet", name, String.join("、", searched)));
    }

    private static Text where(String sheet, int row) {
        return Text.of("divisionImport.where.sheetRow", sheet, row);
    }

    /** The sheet's rows with text, a vertically merged cell's text repeated in each row it spans. */
    private static List<GridRow> grid(String name, XSSFSheet sheet, DataFormatter formatter) {
        TreeMap<Integer, String[]> rows = new TreeMap<>();
        for (Row row : sheet) {
            if (rows.size() >= MAX_ROWS) {
                throw new DivisionTableException(Text.of("divisionImport.error.tooManyRows", name, sheet.getSheetName(), MAX_ROWS));
            }
            int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            String[] cells = new String[width];
            boolean any = false;
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells[c] = cell == null ? "" : formatter.formatCellValue(cell).strip();
                any |= !cells[c].isEmpty();
            }
            if (any) {
                rows.put(row.getRowNum(), cells);
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int col = region.getFirstColumn();
            String[] top = rows.get(region.getFirstRow());
            if (region.getLastRow() <= region.getFirstRow() || col >= MAX_COLUMNS || top == null || col >= top.length
                    || top[col].isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, String[]> e : rows.subMap(region.getFirstRow() + 1, true, region.getLastRow(), true)
                    .entrySet()) {
                String[] cells = e.getValue();
                if (col >= cells.length) {
                    cells = Arrays.copyOf(cells, col + 1);
                    Arrays.fill(cells, e.getValue().length, col + 1, "");
                    e.setValue(cells);
                }
                if (cells[col].isEmpty()) {
                    cells[col] = top[col];
                }
            }
        }
        List<GridRow> grid = new ArrayList<>();
        rows.forEach((index, cells) -> grid.add(new GridRow(index + 1, List.of(cells))));
        return grid;
    }

    // ---- Word ----

    private static DivisionTable readWord(String name, byte[] bytes) {
        SourceDocument document;
        try {
            document = new DocxDocumentReader().read(name, bytes);
        } catch (PlanImportException e) {
            // a limit the file broke is said as such; any other problem is damage to a 分工表
            if (e.problem().key().startsWith("import.error.office.")) {
                throw new DivisionTableException(e.problem(), e);
            }
            throw problem("divisionImport.error.broken", name, e);
        }
        List<DocumentBlock.Table> tables = document.blocks().stream()
                .filter(DocumentBlock.Table.class::isInstance).map(DocumentBlock.Table.class::cast).toList();
        if (tables.isEmpty()) {
            throw problem("divisionImport.error.noTable", name, null);
        }
        List<DivisionTable.Row> rows = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        Text firstHeader = null;
        for (int t = 0; t < tables.size(); t++) {
            int tableNumber = t + 1;
            List<GridRow> grid = grid(tables.get(t));
            var layout = TableLayout.find(grid);
            if (layout.isEmpty()) {
                continue;
            }
            Text header = Text.of("divisionImport.where.tableRow", tableNumber, grid.get(layout.get().headerIndex()).number());
            firstHeader = firstHeader == null ? header : firstHeader;
            notes.add(Text.of("divisionImport.note.table", header));
            rows.addAll(layout.get().rows(grid, n -> Text.of("divisionImport.where.tableRow", tableNumber, n), notes));
        }
        if (firstHeader == null) {
            throw new DivisionTableException(Text.of("divisionImport.error.noHeaderTable", name, tables.size()));
        }
        if (rows.isEmpty()) {
            throw new DivisionTableException(Text.of("divisionImport.error.noRows", name, firstHeader));
        }
        return new DivisionTable(name, DivisionTable.Format.DOCX, rows, notes);
    }

    /** A Word table's rows, numbered from 1, a cell merged from above carrying the text of the cell it continues. */
    private static List<GridRow> grid(DocumentBlock.Table table) {
        List<GridRow> grid = new ArrayList<>();
        List<String> above = List.of();
        int number = 0;
        for (List<DocumentBlock.Cell> row : table.rows()) {
            number++;
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                DocumentBlock.Cell cell = row.get(c);
                cells.add(cell.mergedFromAbove() && c < above.size() ? above.get(c) : cell.text().strip());
            }
            grid.add(new GridRow(number, cells));
            above = cells;
        }
        return grid;
    }

    // ---- telling the file's kind ----

    private static boolean hasZipSignature(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    private static boolean isOleCompoundFile(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    /** An encrypted .xlsx or .docx is an OLE container holding the encrypted package. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** POI reads a zip as a stream and accepts one cut off between entries; the central directory tells. */
    private static List<String> zipEntryNames(String name, byte[] bytes) {
        List<String> names;
        Optional<OfficeLimits.Refusal> refusal;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            names = Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
            refusal = OfficeLimits.inspect(zip);
        } catch (IOException | RuntimeException e) {
            throw problem("divisionImport.error.broken", name, e);
        }
        if (refusal.isPresent()) {
            throw new DivisionTableException(Text.of(refusal.get().key(), name, refusal.get().limit()));
        }
        return names;
    }

    private static String mainPartType(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() != 1) {
            return "";
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part == null ? "" : part.getContentType();
    }

    /** A file POI could not read: a limit it broke, in words, else damage. */
    private static DivisionTableException broken(String name, Throwable cause) {
        return OfficeLimits.refusal(cause)
                .map(r -> new DivisionTableException(Text.of(r.key(), name, r.limit()), cause))
                .orElseGet(() -> problem("divisionImport.error.broken", name, cause));
    }

    private static DivisionTableException problem(String key, String name, Throwable cause) {
        return new DivisionTableException(Text.of(key, name), cause);
    }
}
