package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.ReferentialAction;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.Index;

/** Two small tables of their own metadata, for the schema drift suite to change under the models' feet. */
public final class DriftModel {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Parent.class, Child.class);
    }

    private DriftModel() {
    }

    /** drift_parent: a key, a unique code, a varchar to widen, an index to drop. */
    public static final class Parent extends Table<Parent> {
        public static final Parent PARENT = new Parent();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
        public final Column<String> CODE = column("code", SqlType.varchar(20)).notNull().unique();
        public final Column<String> NAME = column("name", SqlType.varchar(40));
        public final Column<Integer> RANK = column("rank_no", SqlType.INTEGER).notNull().defaultValue(0);
        public final Index BY_NAME = index("ix_drift_parent_name", NAME);

        private Parent() {
            super(METADATA, "drift_parent");
        }

        private Parent(Parent source, String alias) {
            super(source, alias);
        }

        @Override
        public Parent as(String alias) {
            return new Parent(this, alias);
        }
    }

    /** drift_child: a foreign key with an action. */
    public static final class Child extends Table<Child> {
        public static final Child CHILD = new Child();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
        public final Column<Long> PARENT_ID = column("parent_id", SqlType.BIGINT).notNull()
                .references(() -> Parent.PARENT.ID).onDelete(ReferentialAction.CASCADE);
        public final Column<Boolean> ACTIVE = column("active", SqlType.BOOLEAN).notNull().defaultValue(true);

        private Child() {
            super(METADATA, "drift_child");
        }

        private Child(Child source, String alias) {
            super(source, alias);
        }

        @Override
        public Child as(String alias) {
            return new Child(this, alias);
        }
    }
}
