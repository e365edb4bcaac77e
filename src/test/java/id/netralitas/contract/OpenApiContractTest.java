package id.netralitas.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.netralitas.common.csv.CsvColumns;
import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.Contract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract is written by hand (docs/api-contract.md), so this test holds it and the code to each
 * other: every served operation is documented and every documented one is served, with the same
 * parameters, constraints, bodies, roles, CSV columns, error answers and record properties. The
 * second half shows that each rule fails when the document drifts.
 */
class OpenApiContractTest {

    private static List<Class<?>> production;
    private static Map<String, ContractRules.Endpoint> endpoints;
    private static Map<Class<?>, String> schemaNames;

    @BeforeAll
    static void load() throws IOException, ClassNotFoundException {
        production = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.netralitas")) {
            production.add(c.reflect());
        }
        endpoints = ContractRules.endpoints(production.stream().filter(c -> c.isAnnotationPresent(Path.class)).toList());
        Properties names = new Properties();
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/contract/schemas.properties")) {
            names.load(in);
        }
        schemaNames = new LinkedHashMap<>();
        for (String type : new TreeSet<>(names.stringPropertyNames())) {
            schemaNames.put(Class.forName(type), names.getProperty(type));
        }
    }

    @Test
    void everyServedOperationIsDocumentedAsTheCodeDeclaresIt() {
        assertEquals(List.of(), ContractRules.operations(Contract.document(), endpoints));
    }

    @Test
    void everyOperationDeclaresTheProblemAnswersItCanGive() {
        assertEquals(List.of(), ContractRules.problemResponses(Contract.document()));
    }

    @Test
    void everyRecordTakenOrReturnedHasItsSchema() {
        assertEquals(List.of(), ContractRules.schemas(Contract.document(), endpoints, schemaNames));
    }

    @Test
    void everyCsvExportWritesTheColumnsTheContractShows() throws IllegalAccessException {
        Set<String> code = new TreeSet<>();
        for (Class<?> c : production) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == CsvColumns.class) {
                    field.setAccessible(true);
                    code.add(((CsvColumns<?>) field.get(null)).headerLine());
                }
            }
        }
        Set<String> documented = Contract.operations().values().stream().map(Contract::csvHeader)
                .filter(h -> h != null).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, code);
    }

    // ----------------------------------------------------------------- each rule fails on a drifted document

    @Test
    void anUndocumentedOperationAndAStaleOneAreBothReported() {
        OpenAPI api = fresh();
        api.getPaths().remove("/api/v1/regions");
        api.getPaths().put("/api/v1/ghosts", api.getPaths().get("/api/v1/agencies"));
        List<String> problems = ContractRules.operations(api, endpoints);
        assertTrue(problems.contains("GET /api/v1/regions: served but not in the contract"), problems.toString());
        assertTrue(problems.contains("GET /api/v1/ghosts: in the contract but not served"), problems.toString());
    }

    @Test
    void aRenamedParameterAChangedLimitAMissingBearerAndARenamedOperationAreReported() {
        OpenAPI api = fresh();
        Operation list = api.getPaths().get("/api/v1/agencies").getGet();
        Parameter first = list.getParameters().stream().filter(p -> "query".equals(p.getIn())).findFirst().orElseThrow();
        first.setName(first.getName() + "X");
        list.setOperationId("listThings");
        Operation employees = api.getPaths().get("/api/v1/employees").getGet();
        employees.setSecurity(List.of());
        employees.getParameters().stream().filter(p -> "size".equals(p.getName())).findFirst().orElseThrow()
                .getSchema().setMaximum(java.math.BigDecimal.valueOf(500));
        String problems = String.join("\n", ContractRules.operations(api, endpoints));
        assertTrue(problems.contains("GET /api/v1/agencies: parameters differ"), problems);
        assertTrue(problems.contains("GET /api/v1/agencies: operationId listThings"), problems);
        assertTrue(problems.contains("GET /api/v1/employees: the code asks for a role, the contract asks for none"), problems);
        assertTrue(problems.contains("GET /api/v1/employees parameter query:size: @Max(100), the contract says 500"), problems);
    }

    @Test
    void aMissingProblemAnswerAndMissingHeadersAreReported() {
        OpenAPI api = fresh();
        Operation create = api.getPaths().get("/api/v1/agencies").getPost();
        create.getResponses().remove("415");
        create.getResponses().get("201").getHeaders().remove("RateLimit-Limit");
        String problems = String.join("\n", ContractRules.problemResponses(api));
        assertTrue(problems.contains("POST /api/v1/agencies: declares no [415]"), problems);
        assertTrue(problems.contains("POST /api/v1/agencies 201: lacks the rate-limit and CORS headers"), problems);
    }

    @Test
    void aPropertyMissingFromItsSchemaAnEnumValueAndARequestLimitAreReported() {
        OpenAPI api = fresh();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.get("Agency").getProperties().remove("name");
        schemas.get("TrackStatus").getEnum().remove(0);
        Schema<?> request = schemas.get("AgencyRequest");
        request.getProperties().values().stream().filter(p -> p.getMaxLength() != null).findFirst().orElseThrow()
                .setMaxLength(1);
        String problems = String.join("\n", ContractRules.schemas(api, endpoints, schemaNames));
        assertTrue(problems.contains("Agency: properties differ; in the code only [name]"), problems);
        assertTrue(problems.contains("TrackStatus"), problems);
        assertTrue(problems.contains("AgencyRequest."), problems);
        assertTrue(problems.contains("the contract says 1"), problems);
    }

    private static OpenAPI fresh() {
        return new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
    }
}
