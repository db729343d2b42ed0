package dev.quarry.it.suite;

import static dev.quarry.it.suite.model.Employees.EMPLOYEES;
import static dev.quarry.it.suite.model.PostTags.POST_TAGS;
import static dev.quarry.it.suite.model.Posts.POSTS;
import static dev.quarry.it.suite.model.Tags.TAGS;
import static dev.quarry.it.suite.model.Users.USERS;

import dev.quarry.Database;
import dev.quarry.it.suite.model.AllTypes;
import dev.quarry.it.suite.model.Model;
import dev.quarry.it.suite.model.Players;
import dev.quarry.it.suite.model.Teams;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every compliance suite: a subclass per dialect supplies {@link #db()}; the schema is created
 * once per class and emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SuiteBase {

    /** The database under test. */
    protected abstract Database db();

    @BeforeAll
    void createSchema() {
        Model.METADATA.dropAll(db());
        Model.METADATA.createAll(db());
    }

    @BeforeEach
    void emptyTables() {
        db().transaction(tx -> {
            POST_TAGS.delete().whereAll().execute(tx);
            TAGS.delete().whereAll().execute(tx);
            POSTS.delete().whereAll().execute(tx);
            USERS.delete().whereAll().execute(tx);
            EMPLOYEES.update().set(EMPLOYEES.MANAGER_ID, (Long) null).whereAll().execute(tx);
            EMPLOYEES.delete().whereAll().execute(tx);
            Teams.TEAMS.update().set(Teams.TEAMS.CAPTAIN_ID, (Integer) null).whereAll().execute(tx);
            Players.PLAYERS.delete().whereAll().execute(tx);
            Teams.TEAMS.delete().whereAll().execute(tx);
            AllTypes.ALL_TYPES.delete().whereAll().execute(tx);
        });
    }

    /** Inserts a user and returns its generated id (RETURNING, or generated keys where there is none). */
    protected long insertUser(String name, String email, Integer age) {
        return USERS.insert().set(USERS.NAME, name).set(USERS.EMAIL, email).set(USERS.AGE, age)
                .returning(USERS.ID).fetchSingle(db()).v1();
    }

    /** Ann (2 posts, tags), Bob (1 post), Cy (no posts, no age). Returns nothing; look rows up by name. */
    protected void seedUsersAndPosts() {
        Database db = db();
        long ann = insertUser("Ann", "ann@example.com", 31);
        long bob = insertUser("Bob", "bob@example.org", 42);
        insertUser("Cy", null, null);
        POSTS.insert(POSTS.USER_ID, POSTS.TITLE, POSTS.LIKES, POSTS.SCORE)
                .values(ann, "Hello", 10, new BigDecimal("4.50"))
                .values(ann, "World", 3, null)
                .values(bob, "Bob's post", 7, new BigDecimal("10.25"))
                .execute(db);
        TAGS.insert(TAGS.LABEL).values("java").values("sql").execute(db);
    }
}
