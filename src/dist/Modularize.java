import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes the automatic modules among the app's libraries linkable: jlink takes only explicit modules,
 * and a jar without a module-info (Prometheus's client, for one) is an automatic module. For each
 * such jar in LIBS, the JDK's own tools write the descriptor it lacks and add it to the jar, in place:
 * jdeps --generate-module-info reads which modules its classes need and which packages it has
 * (every automatic jar at once, so that they can require each other), the declaration is made
 * {@code open} (an automatic module opens every package too), javac compiles it against the jar's
 * classes (--patch-module) and jar --update adds it with the version the jar's name carries.
 *
 * <pre>java src/dist/Modularize.java LIBS WORK LIST [MODULE_PATH]</pre>
 *
 * LIBS holds the libraries' jars, modular or not; MODULE_PATH is where the modules they require and
 * LIBS does not hold are (JavaFX's); WORK is a scratch folder. LIST gets the names of the modules it
 * made, comma-separated (empty if there were none): on a module path every automatic module is
 * resolved as soon as one is, so the build adds them all, to the image and to the launcher's boot
 * layer, to keep the app's module graph the one it runs with from Maven.
 */
public final class Modularize {
    private Modularize() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            throw new IllegalArgumentException("usage: Modularize LIBS WORK LIST [MODULE_PATH]");
        }
        Path libs = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path list = Path.of(args[2]);
        String extraPath = args.length == 4 ? args[3] : "";

        Map<String, ModuleReference> automatic = new TreeMap<>();
        List<String> explicit = new ArrayList<>();
        for (ModuleReference ref : ModuleFinder.of(libs).findAll()) {
            if (ref.descriptor().isAutomatic()) {
                automatic.put(ref.descriptor().name(), ref);
            } else {
                explicit.add(jar(ref).toString());
            }
        }
        if (automatic.isEmpty()) {
            Files.writeString(list, "");
            return;
        }
        deleteTree(work);
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        if (!extraPath.isEmpty()) {
            explicit.add(extraPath);
        }
        String explicitPath = String.join(java.io.File.pathSeparator, explicit);

        List<String> jdeps = new ArrayList<>(List.of(
                "--multi-release", Integer.toString(Runtime.version().feature()),
                "--module-path", explicitPath,
                "--ignore-missing-deps",
                "--generate-module-info", sources.toString()));
        automatic.values().forEach(ref -> jdeps.add(jar(ref).toString()));
        run("jdeps", jdeps, true);

        String allJars = Stream.concat(explicit.stream(), automatic.values().stream().map(ref -> jar(ref).toString()))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        for (Map.Entry<String, ModuleReference> module : automatic.entrySet()) {
            String name = module.getKey();
            Path jar = jar(module.getValue());
            Path generated;
            try (Stream<Path> found = Files.walk(sources.resolve(name))) {
                generated = found.filter(p -> p.getFileName().toString().equals("module-info.java")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("jdeps wrote no module-info for " + jar));
            }
            Path source = work.resolve("open").resolve(name).resolve("module-info.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, Files.readString(generated).replaceFirst("(?m)^module ", "open module "));
            if (callsServiceLoader(jar)) {
                System.out.println("Modularize: warning: " + jar.getFileName() + " calls ServiceLoader; the "
                        + "module-info made for it has no 'uses' clause, so any service it loads will fail in the image");
            }

            Path out = classes.resolve(name);
            run("javac", List.of("-nowarn", "-Xlint:-requires-transitive-automatic,-requires-automatic",
                    "--module-path", allJars, "--patch-module", name + "=" + jar,
                    "-d", out.toString(), source.toString()), false);
            List<String> update = new ArrayList<>(List.of("--update", "--file", jar.toString()));
            module.getValue().descriptor().version().ifPresent(v -> update.addAll(List.of("--module-version", v.toString())));
            update.addAll(List.of("-C", out.toString(), "module-info.class"));
            run("jar", update, false);
            System.out.println("Modularize: " + jar.getFileName() + " is now the explicit module " + name);
        }
        Files.writeString(list, String.join(",", automatic.keySet()));
    }

    private static Path jar(ModuleReference ref) {
        return Path.of(ref.location().orElseThrow());
    }

    /** Whether any class in the jar refers to java.util.ServiceLoader, which an explicit module may
     * only use for the services its descriptor names. */
    private static boolean callsServiceLoader(Path jar) throws IOException {
        byte[] name = "java/util/ServiceLoader".getBytes(StandardCharsets.UTF_8);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> e.getName().endsWith(".class")).anyMatch(e -> {
                try (var in = zip.getInputStream(e)) {
                    return contains(in.readAllBytes(), name);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Runs one of the JDK's tools in this JVM; a quiet one's output (jdeps says where it writes each
     * file) is shown only if it fails. */
    private static void run(String tool, List<String> args, boolean quiet) {
        java.io.StringWriter said = new java.io.StringWriter();
        java.io.PrintWriter out = quiet ? new java.io.PrintWriter(said) : new java.io.PrintWriter(System.out, true);
        int code = ToolProvider.findFirst(tool).orElseThrow().run(out, out, args.toArray(String[]::new));
        out.flush();
        if (code != 0) {
            System.out.print(said);
            throw new IllegalStateException(tool + " failed (exit " + code + "): " + String.join(" ", args));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }
}
