package dev.quarry.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

/** The example service on a fresh SQLite file: transfers are all or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:sqlite:target/bank-test-${random.uuid}.db")
class BankServiceTest {
    @Autowired
    BankService bank;

    @Test
    void transfersCommitOrRollBackWhole() {
        BankService.Account ann = bank.open("ann", 100);
        BankService.Account bob = bank.open("bob", 0);
        bank.transfer(ann.id(), bob.id(), 30);
        assertEquals(1, bank.transfers());
        assertThrows(BankService.InsufficientFundsException.class, () -> bank.transfer(ann.id(), bob.id(), 500));
        assertEquals(1, bank.transfers(), "the log row written with JdbcTemplate was rolled back too");
        assertEquals(List.of(new BankService.Account(ann.id(), "ann", 70), new BankService.Account(bob.id(), "bob", 30)),
                bank.accounts());
        assertThrows(DuplicateKeyException.class, () -> bank.open("ann", 1));
    }
}
