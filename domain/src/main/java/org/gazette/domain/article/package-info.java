/**
 * The article aggregate. {@link org.gazette.domain.article.Article} is the aggregate root; its
 * identity for feeds is a {@link org.gazette.domain.article.Guid}, its address a
 * {@link org.gazette.domain.article.Slug}, and its life cycle the transitions of
 * {@link org.gazette.domain.article.ArticleStatus}.
 */
package org.gazette.domain.article;
