package org.crampguide.commands;


import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.crampguide.kiosk.staff.PinHashTool;

/** {@code --hash-pin}: asks for the staff PIN twice and prints the config entry that stores its hash. */
public final class PinPrompt {
    private PinPrompt() {
    }

    public static int run(PrintWriter out, PrintWriter err) {
        char[] pin = null;
        char[] again = null;
        try {
            Console console = System.console();
            if (console != null) {
                pin = console.readPassword("Staff PIN (4 to 12 digits): ");
                again = console.readPassword("The same PIN again: ");
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String first = in.readLine();
                String second = in.readLine();
                pin = first == null ? new char[0] : first.trim().toCharArray();
                again = second == null ? new char[0] : second.trim().toCharArray();
            }
            PinHashTool.Result result = PinHashTool.hash(pin, again);
            if (result instanceof PinHashTool.Result.Snippet snippet) {
                out.println(snippet.json());
                return 0;
            }
            err.println("cramp-guide: --hash-pin: " + ((PinHashTool.Result.Refused) result).message());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("cramp-guide: --hash-pin: cannot read the PIN: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }
}
