"""`{% storedpart "name" %}…{% endstoredpart %}`: a part of a page kept per version (core.stored_parts)."""

from django import template

from registry_pages.core import stored_parts

register = template.Library()


class StoredPartNode(template.Node):
    def __init__(self, name: str, nodelist):
        self.name = name
        self.nodelist = nodelist  # blocks inside stay overridable: Node.child_nodelists names it

    def render(self, context):
        return stored_parts.render(context, self.name, lambda: self.nodelist.render(context))


@register.tag("storedpart")
def storedpart(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Use {% storedpart "name" %}…{% endstoredpart %}.')
    nodelist = parser.parse(("endstoredpart",))
    parser.delete_first_token()
    return StoredPartNode(bits[1][1:-1], nodelist)
