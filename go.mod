module github.com/attache-news/attache

go 1.26.8
