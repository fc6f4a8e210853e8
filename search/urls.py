from django.urls import path

from . import clicks, views

urlpatterns = [
    path("", views.search, name="search"),
    path("suggest", views.suggest, name="search_suggest"),
    path("go/<int:page_id>/", clicks.opened, name="search_click"),
]
