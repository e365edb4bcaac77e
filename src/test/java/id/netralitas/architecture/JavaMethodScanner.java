package id.netralitas.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the methods and constructors declared directly in the type bodies of a Java source file and their
 * length in lines, from the line holding the name and its opening parenthesis to the line of the closing
 * brace. Annotations above the signature are not counted; methods of local and anonymous classes count as
 * part of the enclosing method. Strings, character literals, text blocks and comments are skipped, and so
 * are braces inside parentheses (annotation arrays, lambdas passed as arguments).
 */
final class JavaMethodScanner {

    /** One method body: its name, the line of its name (1-based) and its length in lines. */
    record Method(String name, int line, int lines) {
    }

    private static final Pattern TYPE_KEYWORD = Pattern.compile(
            "(?<![\\w$.])((class|interface|enum)(?![\\w$])|record\\s+[A-Za-z_$])");
    private static final Pattern NAME_BEFORE_PAREN = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\($");
    private static final Set<String> NOT_NAMES = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "return", "new", "throw");

    private enum Block { TYPE, METHOD, OTHER }

    private JavaMethodScanner() {
    }

    static List<Method> methods(String source) {
        String code = blankLiteralsAndComments(source);
        int[] lineStarts = lineStarts(code);
        List<Method> methods = new ArrayList<>();
        Deque<Block> blocks = new ArrayDeque<>();
        int headerStart = 0;
        int methodDepth = -1;
        Method open = null;
        int parens = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            }
            if (parens > 0) {
                continue;
            }
            boolean atTypeLevel = blocks.isEmpty() || blocks.peek() == Block.TYPE;
            if (c == '{') {
                Block block = Block.OTHER;
                if (atTypeLevel) {
                    String header = withoutAnnotations(code.substring(headerStart, i));
                    if (TYPE_KEYWORD.matcher(header).find() || blocks.isEmpty()) {
                        block = Block.TYPE;
                    } else {
                        Method method = method(code, headerStart, i, lineStarts);
                        if (method != null) {
                            block = Block.METHOD;
                            open = method;
                            methodDepth = blocks.size();
                        }
                    }
                }
                blocks.push(block);
                headerStart = i + 1;
            } else if (c == '}') {
                blocks.pop();
                if (open != null && blocks.size() == methodDepth) {
                    int last = lineOf(i, lineStarts);
                    methods.add(new Method(open.name(), open.line(), last - open.line() + 1));
                    open = null;
                    methodDepth = -1;
                }
                headerStart = i + 1;
            } else if (c == ';' && atTypeLevel) {
                headerStart = i + 1;
            }
        }
        return methods;
    }

    /** The method whose header spans code[from, to), or null when the header declares no method. */
    private static Method method(String code, int from, int to, int[] lineStarts) {
        String bare = withoutAnnotations(code.substring(from, to));
        int paren = bare.indexOf('(');
        if (paren < 0 || bare.substring(0, paren).contains("=")) {
            return null;
        }
        Matcher name = NAME_BEFORE_PAREN.matcher(bare.substring(0, paren + 1));
        if (!name.find() || NOT_NAMES.contains(name.group(1))) {
            return null;
        }
        return new Method(name.group(1), lineOf(from + paren, lineStarts), 0);
    }

    /** Replaces annotations (with their arguments) by spaces, keeping every other character in place. */
    static String withoutAnnotations(String header) {
        StringBuilder out = new StringBuilder(header);
        int i = 0;
        while (i < out.length()) {
            if (out.charAt(i) != '@') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < out.length() && Character.isWhitespace(out.charAt(j))) {
                j++;
            }
            if (out.substring(j).startsWith("interface")) {
                i = j;
                continue;
            }
            while (j < out.length() && (Character.isJavaIdentifierPart(out.charAt(j)) || out.charAt(j) == '.')) {
                j++;
            }
            int k = j;
            while (k < out.length() && Character.isWhitespace(out.charAt(k))) {
                k++;
            }
            if (k < out.length() && out.charAt(k) == '(') {
                int depth = 0;
                for (j = k; j < out.length(); j++) {
                    if (out.charAt(j) == '(') {
                        depth++;
                    } else if (out.charAt(j) == ')' && --depth == 0) {
                        j++;
                        break;
                    }
                }
            }
            for (int x = i; x < j; x++) {
                if (out.charAt(x) != '\n') {
                    out.setCharAt(x, ' ');
                }
            }
            i = j;
        }
        return out.toString();
    }

    /** The source with the contents of comments, strings, char literals and text blocks blanked (newlines kept). */
    static String blankLiteralsAndComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                end = closing(source, i + 1, String.valueOf(c));
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int x = i; x < end; x++) {
                out.append(source.charAt(x) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The index just after the closing delimiter, honouring backslash escapes. */
    private static int closing(String source, int from, String delimiter) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static int[] lineStarts(String code) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int offset, int[] lineStarts) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
