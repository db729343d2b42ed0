package dev.quarry.it.mysql;

import dev.quarry.Database;
import dev.quarry.it.suite.CorrectnessSuite;
import dev.quarry.it.suite.TestServers;
import java.util.List;

class MySqlCorrectnessTest extends CorrectnessSuite {
    @Override
    protected Database db() {
        return TestServers.mysql();
    }

    @Override
    protected List<String> urlsWithPassword(String secret) {
        // port 1: nothing listens there, so every attempt fails after the driver has read the URL
        return List.of("jdbc:mysql://root:" + secret + "@127.0.0.1:1/test",
                "jdbc:mysql://127.0.0.1:1/test?user=root&password=" + secret,
                "jdbc:mysql://127.0.0.1:1/test?user=root&Password=" + secret + "&sslMode=DISABLED",
                "jdbc:mysql://(host=127.0.0.1,port=1,user=root,password=" + secret + ")/test",
                "jdbc:mysql://127.0.0.1:1/test?trustCertificateKeyStorePassword=" + secret,
                "jdbc:mariadb://root:" + secret + "@127.0.0.1:1/test",
                "jdbc:mariadb://127.0.0.1:1/test?user=root&password=" + secret);
    }
}
