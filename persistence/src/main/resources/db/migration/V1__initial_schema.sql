-- Gazette's first schema. Standard SQL that runs unchanged on H2 2.x and PostgreSQL 15.
-- Identifiers are application-assigned UUID strings, so no IDENTITY or sequence differences arise.

CREATE TABLE site (
    id          VARCHAR(36)   PRIMARY KEY,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(1000),
    base_url    VARCHAR(500)  NOT NULL,
    icon_url    VARCHAR(2000),
    language    VARCHAR(35)   NOT NULL,
    time_zone   VARCHAR(60)   NOT NULL,
    feed_length INTEGER       NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE author (
    id         VARCHAR(36)   PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    slug       VARCHAR(200)  NOT NULL,
    tagline    VARCHAR(300),
    bio        VARCHAR(5000),
    avatar_url VARCHAR(2000),
    version    BIGINT        NOT NULL,
    CONSTRAINT uk_author_slug UNIQUE (slug)
);

CREATE TABLE tag (
    id   VARCHAR(36)  PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    slug VARCHAR(200) NOT NULL,
    CONSTRAINT uk_tag_slug UNIQUE (slug)
);

CREATE TABLE article (
    id           VARCHAR(36)   PRIMARY KEY,
    guid         VARCHAR(500)  NOT NULL,
    slug         VARCHAR(200)  NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    summary      VARCHAR(1000),
    body_source  TEXT,
    body_format  VARCHAR(20)   NOT NULL,
    body_html    TEXT,
    cover_url    VARCHAR(2000),
    cover_alt    VARCHAR(500),
    author_id    VARCHAR(36)   REFERENCES author (id),
    status       VARCHAR(20)   NOT NULL,
    published_at TIMESTAMP,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    hidden       BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uk_article_guid UNIQUE (guid),
    CONSTRAINT uk_article_slug UNIQUE (slug)
);

CREATE INDEX ix_article_status_published ON article (status, published_at);

CREATE TABLE article_tag (
    article_id VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     VARCHAR(36) NOT NULL REFERENCES tag (id),
    tag_order  INTEGER     NOT NULL,
    PRIMARY KEY (article_id, tag_order)
);

CREATE TABLE revision (
    id          VARCHAR(36)   PRIMARY KEY,
    article_id  VARCHAR(36)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    title       VARCHAR(500)  NOT NULL,
    summary     VARCHAR(1000),
    body_source TEXT,
    body_format VARCHAR(20)   NOT NULL,
    saved_by    VARCHAR(100)  NOT NULL,
    saved_at    TIMESTAMP     NOT NULL
);

CREATE INDEX ix_revision_article ON revision (article_id, saved_at);

CREATE TABLE app_user (
    id            VARCHAR(36)  PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_user_username UNIQUE (username)
);

CREATE TABLE user_role (
    user_id VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE redirect (
    id        VARCHAR(36)   PRIMARY KEY,
    from_path VARCHAR(1000) NOT NULL,
    to_path   VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_redirect_from UNIQUE (from_path)
);

CREATE TABLE media_asset (
    id           VARCHAR(36)   PRIMARY KEY,
    file_name    VARCHAR(300)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    alt          VARCHAR(500),
    created_at   TIMESTAMP     NOT NULL
);
