// Runs in the cloned project (basedir) after both builds of invoker.properties: checks what the plugin
// generated, that the hand-written App was compiled against it and ran on the database, and that the
// second mvn compile regenerated Books after the schema changed.
def generated = new File(basedir, 'target/generated-sources/quarry/com/example/library/db')
['Authors', 'Books', 'BookTitles', 'Db'].each {
    assert new File(generated, "${it}.java").isFile() : "not generated: ${it}.java in ${generated}"
}

def books = new File(generated, 'Books.java').text
[
    'public final Column<String> TITLE = column("title", SqlType.varchar(200)).notNull();',
    'public final Column<Integer> AUTHOR_ID = column("author_id", SqlType.INTEGER).notNull()',
    '.references(() -> Authors.AUTHORS.ID);',
    'public final ToOne<Authors> AUTHOR = toOne(() -> Authors.AUTHORS, AUTHOR_ID);',
    // added by the second build's schema change
    'public final Column<String> ISBN = column("isbn", SqlType.varchar(13));',
].each { assert books.contains(it) : "Books.java lacks: ${it}\n${books}" }

def authors = new File(generated, 'Authors.java').text
def toMany = 'public final ToMany<Books> BOOKS = toMany(() -> Books.BOOKS, c -> c.AUTHOR_ID);'
assert authors.contains(toMany) : "Authors.java lacks: ${toMany}\n${authors}"

def view = new File(generated, 'BookTitles.java').text
assert view.contains('super(Db.METADATA, "book_titles", Table.Kind.VIEW);') : view
assert view.contains('public final Column<String> AUTHOR = column("author", SqlType.varchar(100));') : view

def classes = new File(basedir, 'target/classes/com/example/library')
['App.class', 'db/Books.class', 'db/Authors.class', 'db/BookTitles.class', 'db/Db.class'].each {
    assert new File(classes, it).isFile() : "not compiled: ${it} in ${classes}"
}

def log = new File(basedir, 'build.log').text
[
    'Quarry: 3 tables and views, 4 of 4 files changed',   // first build: everything generated
    'book: A Wizard of Earthsea by Ursula K. Le Guin',    // the compiled App, run on the database
    'book: Invisible Cities by Italo Calvino',
    'book: The Dispossessed by Ursula K. Le Guin',
    'view book_titles: 2 by Ursula K. Le Guin',
    'Quarry: 3 tables and views, 1 of 4 files changed',   // second build: only Books regenerated
].each { assert log.contains(it) : "build.log lacks: ${it}" }
return true
