/**
 * Quarry's code generator: reads a schema over JDBC and writes the table classes (the {@code dsl-codegen}
 * command line and {@link dev.quarry.codegen.CodeGenerator}).
 *
 * @since 0.1.0
 */
module dev.quarry.codegen {
    requires transitive dev.quarry.dialects;
    requires transitive com.squareup.javapoet;  // SchemaEmitter returns JavaPoet files
    requires info.picocli;
    requires java.compiler;

    exports dev.quarry.codegen;
    exports dev.quarry.codegen.emit;
    exports dev.quarry.codegen.naming;

    // picocli sets the annotated option fields of the command reflectively
    opens dev.quarry.codegen to info.picocli;
}
