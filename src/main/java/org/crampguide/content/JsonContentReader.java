package org.crampguide.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one content file into records. Every problem it can find is added to the list, located
 * by line and column; a file that cannot be read at all gives an empty result.
 */
public final class JsonContentReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // "holdSeconds": 30.5 is refused, not cut to 30
            .addModule(new SimpleModule().addDeserializer(String.class, new StrictText()))
            .build();

    public <T> Optional<LocatedJson<T>> read(String file, byte[] bytes, Class<T> type, List<Problem> problems) {
        Optional<Problem> encoding = SizeLimit.CONTENT.check(file, bytes);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return Optional.empty();
        }
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() == null) {
                problems.add(Problem.inFile(file, "the file is empty"));
                return Optional.empty();
            }
            index(file, parser, "", locations, problems);
            if (parser.nextToken() != null) {
                problems.add(at(file, parser.currentTokenLocation(), "", "unexpected text after the end of the JSON value"));
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            problems.add(at(file, e.getLocation(), "", "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        CollectingHandler handler = new CollectingHandler(file, locations);
        try {
            T value = mapper.readerFor(type).withHandler(handler).<T>readValue(bytes);
            problems.addAll(handler.problems);
            return value == null ? Optional.empty()
                    : Optional.of(new LocatedJson<>(value, file, Map.copyOf(locations), Set.copyOf(handler.pointers)));
        } catch (MismatchedInputException e) {
            problems.addAll(handler.problems);
            String pointer = pointer(e);
            String found = e.getProcessor() instanceof JsonParser p && p.currentToken() != null
                    ? describe(p.currentToken()) : "another kind of value";
            problems.add(handler.at(pointer, e.getLocation(), e.getTargetType() == null ? e.getOriginalMessage()
                    : "expected " + describe(e.getTargetType()) + " but found " + found));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.addAll(handler.problems);
            problems.add(handler.at(pointer(e), e.getLocation(), e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Records where every value of the document stands, keyed by JSON pointer, and reports a key
     * written twice in one object (JSON readers silently keep only one of the two values).
     */
    private static void index(String file, JsonParser parser, String pointer, Map<String, int[]> locations,
            List<Problem> problems) throws IOException {
        locations.putIfAbsent(pointer, lineColumn(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Set<String> keys = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = JsonPaths.child(pointer, parser.currentName());
                if (!keys.add(parser.currentName())) {
                    problems.add(at(file, parser.currentTokenLocation(), child, "\"" + parser.currentName()
                            + "\" is written twice here (first on line " + locations.get(child)[0]
                            + "); only one of the two would be used, so keep one"));
                }
                locations.putIfAbsent(child, lineColumn(parser.currentTokenLocation()));
                parser.nextToken();
                index(file, parser, child, locations, problems);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index(file, parser, JsonPaths.child(pointer, i++), locations, problems);
            }
        }
    }

    private static int[] lineColumn(JsonLocation location) {
        return location == null ? new int[] {0, 0} : new int[] {location.getLineNr(), location.getColumnNr()};
    }

    private static Problem at(String file, JsonLocation location, String pointer, String message) {
        int[] lc = lineColumn(location);
        return new Problem(file, Math.max(lc[0], 0), Math.max(lc[1], 0), JsonPaths.readable(pointer), message);
    }

    private static String pointer(JsonParser parser) {
        return parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    }

    private static String pointer(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            return pointer.toString();
        }
        return e.getProcessor() instanceof JsonParser p ? pointer(p) : "";
    }

    /** Keeps reading past unknown fields and wrongly typed values, noting each as a problem. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        private final String file;
        private final Map<String, int[]> locations;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> pointers = new ArrayList<>();

        CollectingHandler(String file, Map<String, int[]> locations) {
            this.file = file;
            this.locations = locations;
        }

        /**
         * A problem at a JSON pointer, located from the index built while reading (records are
         * bound from a buffer that has lost the file's positions).
         */
        Problem at(String pointer, JsonLocation fallback, String message) {
            pointers.add(pointer);
            int[] lc = locations.get(pointer);
            if (lc == null) {
                return JsonContentReader.at(file, fallback, pointer, message);
            }
            return new Problem(file, lc[0], lc[1], JsonPaths.readable(pointer), message);
        }

        private void add(JsonParser p, String message) {
            problems.add(at(pointer(p), p.currentTokenLocation(), message));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            String message = "unknown field \"" + propertyName + "\"";
            var known = deserializer.getKnownPropertyNames();
            if (known != null && !known.isEmpty()) {
                List<String> names = new ArrayList<>();
                known.forEach(name -> names.add(String.valueOf(name)));
                message += " (expected one of: " + String.join(", ", new TreeSet<>(names)) + ")";
            }
            add(p, message);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            add(p, "expected " + describe(targetType.getRawClass()) + " but found " + describe(t));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            String message = "\"" + value + "\" is not " + describe(targetType);
            if (targetType.isEnum()) {
                message = "\"" + value + "\" is not one of: " + String.join(", ", enumNames(targetType));
            }
            add(p, message);
            return null;
        }

        private static List<String> enumNames(Class<?> enumType) {
            List<String> names = new ArrayList<>();
            for (Object constant : enumType.getEnumConstants()) {
                try {
                    var annotation = enumType.getField(((Enum<?>) constant).name())
                            .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    names.add(annotation != null ? annotation.value() : ((Enum<?>) constant).name());
                } catch (NoSuchFieldException e) {
                    names.add(((Enum<?>) constant).name());
                }
            }
            return names;
        }

    }

    private static String describe(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return type.isRecord() ? "an object {...}" : type.getSimpleName();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object {...}";
            case START_ARRAY -> "a list [...]";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /**
     * Texts must be JSON strings: a number or true/false where a text belongs is a mistake to
     * report (and reading goes on), not something to convert silently.
     */
    private static final class StrictText extends StdScalarDeserializer<String> {
        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return p.getText();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
