package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.codegen.naming.DefaultNamingStrategy;
import dev.quarry.codegen.naming.NameScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {
    @Test
    void pascalAndUpperSnake() {
        assertEquals("InvoiceLine", DefaultNamingStrategy.pascal("InvoiceLine"));
        assertEquals("InvoiceLine", DefaultNamingStrategy.pascal("invoice_line"));
        assertEquals("OrderDetails", DefaultNamingStrategy.pascal("Order Details"));
        assertEquals("MediaType", DefaultNamingStrategy.pascal("MEDIA_TYPE"));
        assertEquals("HtmlParser", DefaultNamingStrategy.pascal("HTMLParser"));
        assertEquals("INVOICE_LINE", DefaultNamingStrategy.upperSnake("InvoiceLine"));
        assertEquals("ALBUM_ID", DefaultNamingStrategy.upperSnake("AlbumId"));
        assertEquals("ADDRESS2", DefaultNamingStrategy.upperSnake("address2"));
        assertEquals("ZIP_CODE", DefaultNamingStrategy.upperSnake("zip code"));
        assertEquals("SID", DefaultNamingStrategy.upperSnake("SID"));
        assertEquals("PAYMENT_P2007_01", DefaultNamingStrategy.upperSnake("payment_p2007_01"));
        assertEquals("GRÖSSE", DefaultNamingStrategy.upperSnake("größe"));
    }

    @Test
    void scopesMakeLegalUniqueNames() {
        NameScope fields = new NameScope(false, "_", "_", List.of());
        assertEquals("ID", fields.claim("ID"));
        assertEquals("ID_2", fields.claim("ID"));
        assertEquals("ID_3", fields.claim("I-D"));
        assertEquals("_2nd", fields.claim("2nd"));
        assertEquals("class_", fields.claim("class"));
        assertEquals("_X", fields.claim("_"));
        NameScope classes = new NameScope(true, "T", "", List.of("Column"));
        assertEquals("Column2", classes.claim("Column"));
        assertEquals("Users", classes.claim("Users"));
        assertEquals("USERS2", classes.claim("USERS"));
        assertEquals("T1990", classes.claim("1990"));
    }
}
