"""What the finders of words on folded text return: (start, end, value) in folded offsets."""

Found = tuple[int, int, str]
