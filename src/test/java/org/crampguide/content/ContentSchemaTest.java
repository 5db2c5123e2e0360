package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas under {@code assets/content/schema/} that let editors such as VS Code check the
 * content while gym staff type: the bundled files satisfy them, and they reject the mistakes the
 * app itself refuses. Everything is read from the project's {@code assets/} folder (surefire runs
 * in the project root), so the test checks the very files staff edit.
 */
class ContentSchemaTest {
    private static final Path ASSETS = Path.of("assets");
    private static final Path SCHEMA_DIR = ASSETS.resolve("content/schema");
    private static final Path GUIDE = ASSETS.resolve("content/en/guide.json");
    private static final Path MUSCLES = ASSETS.resolve("content/en/muscles.json");
    private static final String SCHEMA_BASE = "https://crampguide.org/schema/";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The schemas' {@code $id}s (and the relative {@code $ref} between them) resolve to the files on disk, never the network. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE,
                    SCHEMA_DIR.toAbsolutePath().toUri().toString())));
    /** Error locations as JSON pointers ({@code /muscles/0/name}), the form the app's own checks use. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).build();
    private static final JsonSchema GUIDE_SCHEMA = schema("guide.schema.json");
    private static final JsonSchema MUSCLES_SCHEMA = schema("muscles.schema.json");

    // --- The bundled content --------------------------------------------------------------

    /** Every language's files: a translator's editor checks them against the same schemas. */
    private static final List<Path> LANGUAGES = List.of(ASSETS.resolve("content/en"), ASSETS.resolve("content/ru"));

    @Test
    void theBundledGuideSatisfiesItsSchemaInEveryLanguage() {
        for (Path language : LANGUAGES) {
            assertEquals(Set.of(), describe(GUIDE_SCHEMA.validate(read(language.resolve("guide.json")))), language.toString());
        }
    }

    @Test
    void theBundledMusclesSatisfyTheirSchemaInEveryLanguage() {
        for (Path language : LANGUAGES) {
            assertEquals(Set.of(), describe(MUSCLES_SCHEMA.validate(read(language.resolve("muscles.json")))),
                    language.toString());
        }
    }

    @Test
    void theSchemaAndTheAppHoldTheSameLimits() {
        JsonNode stretch = read(SCHEMA_DIR.resolve("muscles.schema.json")).findValue("holdSeconds");
        assertEquals(Muscle.Stretch.MIN_HOLD_SECONDS, stretch.path("minimum").asInt(), "holdSeconds minimum");
        assertEquals(Muscle.Stretch.MAX_HOLD_SECONDS, stretch.path("maximum").asInt(), "holdSeconds maximum");
        JsonNode pictures = read(SCHEMA_DIR.resolve("muscles.schema.json")).findValue("pictures");
        assertEquals("^" + Muscle.Stretch.PICTURE_ID + "$", pictures.path("items").path("pattern").asText(), "picture ids");
    }

    @Test
    void eachContentFileTellsTheEditorWhereItsSchemaIs() {
        for (Path file : LANGUAGES.stream().flatMap(l -> java.util.stream.Stream.of(l.resolve("guide.json"),
                l.resolve("muscles.json"))).toList()) {
            JsonNode schema = read(file).get("$schema");
            assertTrue(schema != null && schema.isTextual(), file + " has no \"$schema\"");
            Path target = file.getParent().resolve(schema.asText()).normalize();
            String expected = file.getFileName().toString().replace(".json", ".schema.json");
            assertEquals(SCHEMA_DIR.resolve(expected).normalize(), target, file + " points at the wrong schema");
            assertTrue(Files.isRegularFile(target), target + " does not exist");
        }
    }

    @Test
    void theSchemasAreThemselvesValidJsonSchemas() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        for (String name : List.of("guide.schema.json", "muscles.schema.json")) {
            JsonNode schema = read(SCHEMA_DIR.resolve(name));
            assertEquals(Set.of(), describe(metaSchema.validate(schema)), name);
            assertEquals(SCHEMA_BASE + name, schema.path("$id").asText(), name + " $id");
        }
    }

    // --- Mistakes the schemas catch -------------------------------------------------------

    @Test
    void aMisspelledOrUnknownFieldIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        muscle(muscles, 0).put("colour", "red");
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "additionalProperties", "/muscles/0", "colour");
    }

    @Test
    void anUnknownFieldInsideAGuideItemIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        ((ObjectNode) guide.withArray("/atRisk/items").get(0)).put("note", "ask the coach");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        assertRejected(errors, "additionalProperties", "/atRisk/items/0", "note");
    }

    @Test
    void aMuscleWithoutANameIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        muscle(muscles, 0).remove("name");
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "required", "/muscles/0", "name");
    }

    @Test
    void aMuscleNameThatIsANumberIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        muscle(muscles, 0).put("name", 42);
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "type", "/muscles/0/name", null);
    }

    @Test
    void aDisclaimerOfOnlySpacesIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        guide.put("disclaimer", " ");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        assertRejected(errors, "pattern", "/disclaimer", null);
    }

    @Test
    void anEmptyDisclaimerIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        guide.put("disclaimer", "");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        // Either rule is enough to refuse "": the text must have a length and something other than spaces.
        assertRejectedByAnyOf(errors, "/disclaimer", "minLength", "pattern");
    }

    @Test
    void aMuscleIdWithACapitalLetterIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        muscle(muscles, 0).put("id", "Calves");
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "pattern", "/muscles/0/id", null);
    }

    @Test
    void anUnknownEvidenceLevelIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        ((ObjectNode) muscle(muscles, 0).withArray("triggers").get(0)).put("evidence", "proven");
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "enum", "/muscles/0/triggers/0/evidence", null);
    }

    @Test
    void anUnknownUrgencyIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        ArrayNode groups = guide.withArray("/seeADoctor/groups");
        int last = groups.size() - 1;
        ((ObjectNode) groups.get(last)).put("urgency", "urgent");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        assertRejected(errors, "enum", "/seeADoctor/groups/" + last + "/urgency", null);
    }

    @Test
    void redFlagsWithoutAnEmergencyGroupAreRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        for (JsonNode group : guide.withArray("/seeADoctor/groups")) {
            ((ObjectNode) group).put("urgency", "soon");
        }
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        // The library names a failed "contains" after its implied lower bound, "minContains".
        assertRejectedByAnyOf(errors, "/seeADoctor/groups", "contains", "minContains");
    }

    @Test
    void anUnknownMythVerdictIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        ((ObjectNode) guide.withArray("myths").get(0)).put("verdict", "true");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        assertRejected(errors, "enum", "/myths/0/verdict", null);
    }

    @Test
    void aMuscleWithAnEmptyListOfTriggersIsRejectedByTheSchema() {
        ObjectNode muscles = validMuscles();
        muscle(muscles, 0).putArray("triggers");
        Set<ValidationMessage> errors = MUSCLES_SCHEMA.validate(muscles);
        assertRejected(errors, "minItems", "/muscles/0/triggers", null);
    }

    @Test
    void aGuideWithoutMythsIsRejectedByTheSchema() {
        ObjectNode guide = validGuide();
        guide.remove("myths");
        Set<ValidationMessage> errors = GUIDE_SCHEMA.validate(guide);
        assertRejected(errors, "required", "", "myths");
    }

    // --- Helpers ----------------------------------------------------------------------------

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + name), CONFIG);
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /**
     * The bundled guide, checked to satisfy the schema before a test breaks one thing in it (so a
     * rejection can only come from that thing). While the bundled file has no {@code myths} yet,
     * a minimal valid one is added, so these tests do not depend on it.
     */
    private static ObjectNode validGuide() {
        ObjectNode guide = read(GUIDE);
        if (!guide.has("myths")) {
            ObjectNode myth = guide.putArray("myths").addObject();
            myth.put("id", "salt-tablets");
            myth.put("claim", "Salt tablets prevent every cramp.");
            myth.put("verdict", "myth");
            myth.put("explanation", "Most exercise cramps are not caused by a lack of salt.");
        }
        assertEquals(Set.of(), describe(GUIDE_SCHEMA.validate(guide)), "the unbroken guide must satisfy the schema");
        return guide;
    }

    /** The bundled muscles, checked to satisfy the schema before a test breaks one thing in them. */
    private static ObjectNode validMuscles() {
        ObjectNode muscles = read(MUSCLES);
        assertEquals(Set.of(), describe(MUSCLES_SCHEMA.validate(muscles)), "the unbroken muscles must satisfy the schema");
        return muscles;
    }

    private static ObjectNode muscle(ObjectNode muscles, int index) {
        return (ObjectNode) muscles.withArray("muscles").get(index);
    }

    /** Some error is the {@code keyword} rule failing at {@code pointer} (about {@code property}, when given). */
    private static void assertRejected(Set<ValidationMessage> errors, String keyword, String pointer, String property) {
        boolean found = errors.stream().anyMatch(e -> e.getType().equals(keyword)
                && e.getInstanceLocation().toString().equals(pointer)
                && (property == null || property.equals(e.getProperty())));
        assertTrue(found, "expected a \"" + keyword + "\" error at \"" + pointer + "\""
                + (property == null ? "" : " about \"" + property + "\"") + ", got " + describe(errors));
    }

    private static void assertRejectedByAnyOf(Set<ValidationMessage> errors, String pointer, String... keywords) {
        Set<String> wanted = Set.of(keywords);
        boolean found = errors.stream().anyMatch(e -> wanted.contains(e.getType())
                && e.getInstanceLocation().toString().equals(pointer));
        assertTrue(found, "expected one of " + wanted + " at \"" + pointer + "\", got " + describe(errors));
    }

    /** Errors as readable lines, so a failure shows what the schema said. */
    private static Set<String> describe(Set<ValidationMessage> errors) {
        return errors.stream()
                .map(e -> e.getType() + " at \"" + e.getInstanceLocation() + "\": " + e.getMessage())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
