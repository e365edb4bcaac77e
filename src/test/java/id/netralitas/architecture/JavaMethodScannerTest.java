package id.netralitas.architecture;

import id.netralitas.architecture.JavaMethodScanner.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JavaMethodScannerTest {

    @Test
    void countsFromTheSignatureLineToTheClosingBraceWithoutTheAnnotationsAbove() {
        String source = """
                package x;

                @Path("/things")
                public class ThingResource {

                    @GET
                    @Path("{id}")
                    @APIResponse(content = @Content(examples = {@ExampleObject(name = "a")}), description = "x")
                    @RolesAllowed({"admin", "verifier"})
                    public Response get(@PathParam("id") String id,
                            @QueryParam("q") String q) {
                        return null;
                    }

                    ThingResource() {
                    }
                }
                """;
        assertEquals(List.of(new Method("get", 10, 4), new Method("ThingResource", 15, 2)),
                JavaMethodScanner.methods(source));
    }

    @Test
    void ignoresBracesInStringsCharsTextBlocksAndComments() {
        String source = "class A {\n"
                + "    String f(String s) {\n"
                + "        String a = \"{ \\\" {\";\n"
                + "        char b = '{';\n"
                + "        char c = '\\'';\n"
                + "        // }\n"
                + "        /* } } */\n"
                + "        String t = \"\"\"\n"
                + "            } \\\"\"\" {\n"
                + "            \"\"\";\n"
                + "        return a;\n"
                + "    }\n"
                + "    void g() { }\n"
                + "}\n";
        assertEquals(List.of(new Method("f", 2, 11), new Method("g", 13, 1)), JavaMethodScanner.methods(source));
    }

    @Test
    void countsLambdasAndAnonymousClassesAsPartOfTheirMethodAndSkipsInitializers() {
        String source = """
                class A {
                    static final Runnable R = new Runnable() {
                        public void run() {
                        }
                    };
                    static {
                        init();
                    }
                    int[] numbers = {1, 2};

                    void h() {
                        list.forEach(x -> {
                            if (x) {
                                new Object() {
                                    void inner() { }
                                };
                            }
                        });
                    }

                    record Pair(String a, String b) {
                        Pair {
                        }
                        String both() { return a + b; }
                    }

                    void record(String event) {
                    }
                }
                """;
        assertEquals(List.of(new Method("h", 11, 9), new Method("both", 24, 1), new Method("record", 27, 2)),
                JavaMethodScanner.methods(source));
    }

    @Test
    void blanksLiteralsButKeepsLines() {
        String code = JavaMethodScanner.blankLiteralsAndComments("a(\"x\n\"); // y\nb('}');");
        assertEquals("a(  \n );     \nb(   );", code);
    }
}
