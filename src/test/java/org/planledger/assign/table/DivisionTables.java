package org.planledger.assign.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Division-of-work tables (分工表) built in the tests, in the forms offices keep them. */
public final class DivisionTables {

    /** The title offices put above the header, merged across the table. */
    public static final String TITLE = "济南市天桥区“十四五”生态环境保护规划重点任务分工表";

    private DivisionTables() {
    }

    /**
     * Separate columns under a title row: 序号 / 任务编号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限.
     * Rows 3–10 (Excel numbering): two by code, two by exact title, one by part of a title, a
     * chapter heading without units, a task the plan does not have, one that fits several tasks;
     * 区人防办 (also written 人防办) is not in the registry.
     */
    public static byte[] separateColumnsXlsx() {
        return xlsx("分工表", List.of(
                row(TITLE),
                row("序号", "任务编号", "重点任务", "牵头单位", "配合单位", "完成时限"),
                row("1", "5.3.6", "实施挥发性有机物（VOCs）全过程综合治理", "生态环境分局", "区住建局、区城管局", "2025年底前"),
                row("2", "", "推进黄河滩区综合整治", "水务局", "区农业农村局，各街道", "2023年底前"),
                row("3", "", "巩固城市建成区黑臭水体治理成效。", "区水务局", "住建局；相关街道", ""),
                row("", "", "二、大气污染防治", "", "", ""),
                row("4", "", "加快人工智能产业园建设", "区工信局", "", "2024年"),
                row("5", "6.3.3", "推进深度节水控水", "区水务局", "区人防办、区发改局", ""),
                row("6", "", "垃圾分类", "区城管局", "人防办", ""),
                row("7", "", "二氧化碳", "区发改局", "", "")),
                new CellRangeAddress(0, 0, 0, 5));
    }

    /** One column 责任分工 with text like 牵头单位：区水务局；配合单位：区住建局、各街道. */
    public static byte[] labelledColumnXlsx() {
        return xlsx("Sheet1", List.of(
                row("编号", "重点任务", "责任分工"),
                row("5.3.6", "", "牵头单位：区水务局；配合单位：区住建局、各街道"),
                row("", "5.5.2 开展餐饮油烟污染综合整治", "牵头单位：区城管局；配合单位：市场监管局、生态环境分局、各街道办事处"),
                row("", "加强生物多样性保护", "责任单位：区自然资源局、区园林局"),
                row("", "推进扬尘精细化管控", "区住建局/区城管局 有关部门")));
    }

    /** A Word table whose 责任单位 column writes 区水务局（牵头）、区住建局, under a title paragraph. */
    public static byte[] markedLeadDocx() {
        return docx(List.of(
                row("序号", "重点任务", "责任单位", "完成时限"),
                row("1", "推进深度节水控水", "区住建局、区水务局（牵头）、各街道", "2025年"),
                row("2", "6.4.1 统筹开展“河道有水”建设", "区水务局、区园林绿化服务中心", "2025年"),
                row("3", "（三）打造多元生态格局", "区自然资源局牵头，区发改局配合", ""),
                row("4", "建设月球基地", "区水务局（牵头）", ""),
                row("5", "推进深度节水控水", "区住建局（牵头）", "")));
    }

    public static List<String> row(String... cells) {
        return List.of(cells);
    }

    public static byte[] xlsx(String sheetName, List<List<String>> rows, CellRangeAddress... merged) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            for (CellRangeAddress m : merged) {
                sheet.addMergedRegion(m);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(List<List<String>> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(TITLE);
            if (!rows.isEmpty()) {
                XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.getCell(c).setText(rows.get(r).get(c));
                    }
                }
            }
            doc.createParagraph().createRun().setText("（此表由区政府办公室印发）");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook encrypted with a password, as Excel saves it: an OLE container. */
    public static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("分工");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
