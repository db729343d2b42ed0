package dev.quarry.examples.spring;

import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST face of {@link BankService}:
 * <pre>
 * curl -X POST 'localhost:8080/accounts?owner=ann&amp;balance=100'
 * curl -X POST 'localhost:8080/transfers?from=1&amp;to=2&amp;amount=30'
 * curl localhost:8080/accounts
 * </pre>
 */
@RestController
public class BankController {
    private final BankService bank;

    public BankController(BankService bank) {
        this.bank = bank;
    }

    @GetMapping("/accounts")
    public List<BankService.Account> accounts() {
        return bank.accounts();
    }

    @PostMapping("/accounts")
    public BankService.Account open(@RequestParam String owner, @RequestParam long balance) {
        return bank.open(owner, balance);
    }

    @PostMapping("/transfers")
    public Map<String, Long> transfer(@RequestParam long from, @RequestParam long to, @RequestParam long amount) {
        bank.transfer(from, to, amount);
        return Map.of("transfers", bank.transfers());
    }

    /** A taken owner name: Quarry's unique violation arrives as Spring's DuplicateKeyException. */
    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Map<String, String>> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "that owner has an account"));
    }

    @ExceptionHandler(BankService.InsufficientFundsException.class)
    public ResponseEntity<Map<String, String>> overdrawn(BankService.InsufficientFundsException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", e.getMessage()));
    }
}
