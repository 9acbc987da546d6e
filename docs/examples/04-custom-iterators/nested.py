class SharedTeam:
    """Its own iterator: one position, shared by every loop."""

    def __init__(self, *names):
        self.names = names
        self.position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.position == len(self.names):
            raise StopIteration
        name = self.names[self.position]
        self.position += 1
        return name


class Team:
    """Hands every loop a new iterator, with a position of its own."""

    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        return TeamIterator(self.names)


class TeamIterator:
    def __init__(self, names):
        self.names = names
        self.position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.position == len(self.names):
            raise StopIteration
        name = self.names[self.position]
        self.position += 1
        return name


def matches(team):
    for home in team:
        for away in team:
            if home != away:
                print(f"  {home} vs {away}")


print("shared position:")
matches(SharedTeam("ana", "ben", "cy"))
print("a new iterator per loop:")
matches(Team("ana", "ben", "cy"))
