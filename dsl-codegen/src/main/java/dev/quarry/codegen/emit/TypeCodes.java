package dev.quarry.codegen.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.quarry.SqlType;
import dev.quarry.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Java side of a {@link ColumnType}: the type argument of {@code Column<T>} and the {@code SqlType}
 * expression that declares it.
 *
 * @since 0.1.0
 */
public final class TypeCodes {
    static final ClassName SQL_TYPE = ClassName.get(SqlType.class);

    private TypeCodes() {
    }

    /** The Java type of a column of this type, e.g. {@code Long} or {@code byte[]}. */
    public static TypeName javaType(ColumnType t) {
        return switch (t.kind()) {
            case SMALLINT -> ClassName.get(Short.class);
            case INTEGER -> ClassName.get(Integer.class);
            case BIGINT -> ClassName.get(Long.class);
            case REAL -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case VARCHAR, CHAR, TEXT, JSON -> ClassName.get(String.class);
            case DATE -> ClassName.get(LocalDate.class);
            case TIME -> ClassName.get(LocalTime.class);
            case TIMESTAMP -> ClassName.get(LocalDateTime.class);
            case TIMESTAMPTZ -> ClassName.get(OffsetDateTime.class);
            case TIMESTAMPTZ_INSTANT -> ClassName.get(Instant.class);
            case BLOB -> ArrayTypeName.of(TypeName.BYTE);
            case UUID -> ClassName.get(UUID.class);
            case OTHER -> ClassName.get(Object.class);
        };
    }

    /** The expression of the {@code SqlType}, e.g. {@code SqlType.varchar(45)}. */
    public static CodeBlock sqlType(ColumnType t) {
        return switch (t.kind()) {
            case VARCHAR -> CodeBlock.of("$T.varchar($L)", SQL_TYPE, t.length());
            case CHAR -> CodeBlock.of("$T.chr($L)", SQL_TYPE, t.length());
            case DECIMAL -> t.scale() < 0 ? CodeBlock.of("$T.of($T.class)", SQL_TYPE, BigDecimal.class)
                    : CodeBlock.of("$T.decimal($L, $L)", SQL_TYPE, t.precision(), t.scale());
            case OTHER -> t.nativeType().isBlank() ? CodeBlock.of("$T.OTHER", SQL_TYPE)
                    : CodeBlock.of("$T.other($S)", SQL_TYPE, t.nativeType());
            default -> CodeBlock.of("$T.$L", SQL_TYPE, t.kind().name());
        };
    }

    /** True if a foreign key from a column of type {@code from} to one of {@code to} is valid in Quarry. */
    public static boolean compatibleKey(ColumnType from, ColumnType to) {
        if (from.isIntegral() && to.isIntegral()) {
            return true;
        }
        return text(from) && text(to) || from.kind() == to.kind();
    }

    private static boolean text(ColumnType t) {
        return t.kind() == SqlType.Kind.VARCHAR || t.kind() == SqlType.Kind.CHAR || t.kind() == SqlType.Kind.TEXT;
    }
}
