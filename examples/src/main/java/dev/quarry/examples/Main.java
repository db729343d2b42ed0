package dev.quarry.examples;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.examples.Departments.DEPARTMENTS;
import static dev.quarry.examples.Employees.EMPLOYEES;
import static dev.quarry.examples.Posts.POSTS;
import static dev.quarry.examples.Users.USERS;

import dev.quarry.Database;
import dev.quarry.ResultQuery;
import dev.quarry.Row1;
import dev.quarry.Row2;
import dev.quarry.Select;
import dev.quarry.Select2;
import dev.quarry.Select3;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The classic declarative example on a SQLite file: create the tables, insert, join, aggregate, self-join
 * through an alias, and a transaction. Prints each statement's SQL and its results.
 */
public final class Main {
    private Main() {
    }

    /** Runs the example on {@code args[0]} (a JDBC URL), by default {@code jdbc:sqlite:target/quarry-example.db}. */
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:sqlite:" + freshFile("target/quarry-example.db");
        try (Database db = Database.open(url)) {
            System.out.println("Quarry example on " + db.dialect().name() + " (" + url + ")");
            run(db);
        }
    }

    private static String freshFile(String name) throws Exception {
        Path p = Path.of(name);
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.deleteIfExists(p);
        return p.toString();
    }

    static void run(Database db) {
        section("createAll");
        Db.METADATA.dropAll(db);
        Db.METADATA.ddl(db.dialect()).forEach(System.out::println);
        Db.METADATA.createAll(db);

        section("insert ... returning");
        ResultQuery<Row1<Long>> insertAnn = USERS.insert().set(USERS.NAME, "Ann").set(USERS.EMAIL, "ann@example.com")
                .returning(USERS.ID);
        System.out.println(insertAnn.toSql(db.dialect()));
        long ann = insertAnn.fetchSingle(db).v1();
        long bob = USERS.insert().set(USERS.NAME, "Bob").set(USERS.EMAIL, "bob@example.com").returning(USERS.ID)
                .fetchSingle(db).v1();
        var posts = POSTS.insert(POSTS.USER_ID, POSTS.TITLE)
                .values(ann, "Hello, Quarry").values(ann, "Typed SQL in Java").values(bob, "First post");
        System.out.println(posts.toSql(db.dialect()));
        System.out.println("inserted " + posts.execute(db) + " posts");

        section("join along a relationship");
        Select2<String, String> titles = select(USERS.NAME, POSTS.TITLE).from(USERS).join(USERS.POSTS)
                .orderBy(USERS.NAME.asc(), POSTS.TITLE.asc());
        show(titles.toSql(db.dialect()).sql(), titles.fetch(db));

        section("aggregate with a left join");
        Select2<String, Long> perUser = select(USERS.NAME, count(POSTS.ID)).from(USERS).leftJoin(POSTS).onKey()
                .groupBy(USERS.NAME).having(count(POSTS.ID).ge(1L)).orderBy(count(POSTS.ID).desc());
        show(perUser.toSql(db.dialect()).sql(), perUser.fetch(db));

        section("a transaction: departments and employees");
        db.transaction(tx -> {
            long eng = DEPARTMENTS.insert().set(DEPARTMENTS.NAME, "Engineering").returning(DEPARTMENTS.ID)
                    .fetchSingle(tx).v1();
            long boss = EMPLOYEES.insert().set(EMPLOYEES.NAME, "Grace").set(EMPLOYEES.SALARY, new BigDecimal("250000.00"))
                    .set(EMPLOYEES.DEPARTMENT_ID, eng).returning(EMPLOYEES.ID).fetchSingle(tx).v1();
            EMPLOYEES.insert(EMPLOYEES.NAME, EMPLOYEES.SALARY, EMPLOYEES.DEPARTMENT_ID, EMPLOYEES.MANAGER_ID)
                    .values("Linus", new BigDecimal("180000.50"), eng, boss)
                    .values("Ada", new BigDecimal("190000.25"), eng, boss)
                    .execute(tx);
        });
        System.out.println("committed; employees: " + select(count()).from(EMPLOYEES).fetchSingle(db).v1());

        section("self-join through an alias");
        Employees manager = EMPLOYEES.as("m");
        Select2<String, String> reports = select(EMPLOYEES.NAME, manager.NAME).from(EMPLOYEES)
                .join(manager).on(EMPLOYEES.MANAGER_ID.eq(manager.ID)).orderBy(EMPLOYEES.NAME.asc());
        show(reports.toSql(db.dialect()).sql(), reports.fetch(db));

        section("salary per department");
        Select3<String, Long, BigDecimal> payroll = select(DEPARTMENTS.NAME, count(EMPLOYEES.ID), sum(EMPLOYEES.SALARY))
                .from(DEPARTMENTS).join(DEPARTMENTS.EMPLOYEES).groupBy(DEPARTMENTS.NAME);
        show(payroll.toSql(db.dialect()).sql(), payroll.fetch(db));

        section("update and delete");
        var raise = EMPLOYEES.update().set(EMPLOYEES.SALARY, EMPLOYEES.SALARY.mul(new BigDecimal("1.10")))
                .where(EMPLOYEES.NAME.eq("Ada"));
        System.out.println(raise.toSql(db.dialect()).sql() + "  -> " + raise.execute(db) + " row");
        var cleanup = POSTS.delete().where(POSTS.TITLE.like("First%"));
        System.out.println(cleanup.toSql(db.dialect()).sql() + "  -> " + cleanup.execute(db) + " row");

        section("into records");
        record Author(String name, Long posts) {
        }
        Select<Row2<String, Long>> authors = select(USERS.NAME, count(POSTS.ID).as("posts")).from(USERS)
                .leftJoin(POSTS).onKey().groupBy(USERS.NAME).orderBy(USERS.NAME.asc());
        authors.fetchInto(db, Author.class).forEach(System.out::println);
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("-- " + title);
    }

    private static void show(String sql, List<? extends Object> rows) {
        System.out.println(sql);
        rows.forEach(r -> System.out.println("   " + r));
    }
}
