package org.planledger.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;

/** The department registry shipped in resources/reference, from the district reference notes. */
public final class ReferenceDepartments {

    public static final String RESOURCE = "/reference/departments.json";

    private record Entry(String name, String shortName, DepartmentKind kind, boolean verified, List<String> aliases,
                         String note, String code) {
    }

    private record File(String source, List<Entry> departments) {
    }

    private ReferenceDepartments() {
    }

    public static List<Department> shipped() {
        try (InputStream in = ReferenceDepartments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            File file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, File.class);
            return file.departments().stream().map(e -> new Department(0, e.name(), e.shortName(), e.kind(),
                    e.verified(), false, null, e.aliases() == null ? List.of() : e.aliases(),
                    e.note() == null ? "" : e.note(), e.code() == null ? "" : e.code())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
