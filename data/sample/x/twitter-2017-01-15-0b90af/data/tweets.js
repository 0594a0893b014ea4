window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1051768673672277692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1051768673672277692",
      "created_at" : "Thu Jan 12 04:19:21 +0000 2017",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "757802418711848167",
      "in_reply_to_status_id" : "757802418711848167",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Woźniak",
            "screen_name" : "bartlomiejwozniak70",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700078515",
            "id" : "700078515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "856298156615956675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "856298156615956675",
      "created_at" : "Tue Jan 10 18:39:55 +0000 2017",
      "favorited" : false,
      "full_text" : "@bartlomiejwozniak70 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "237491017373253271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "237491017373253271",
      "created_at" : "Tue Jan 10 13:46:48 +0000 2017",
      "favorited" : false,
      "full_text" : "@rus_441 شكرا جزيلا",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón García",
            "screen_name" : "ramon.garcia",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058978",
            "id" : "700058978"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "686491573004576601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "686491573004576601",
      "created_at" : "Tue Jan 10 12:23:06 +0000 2017",
      "favorited" : false,
      "full_text" : "@ramon.garcia Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "806390343918920711",
      "in_reply_to_status_id" : "806390343918920711",
      "in_reply_to_user_id" : "700058978",
      "in_reply_to_user_id_str" : "700058978",
      "in_reply_to_screen_name" : "ramon.garcia"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم العلي",
            "screen_name" : "ara.703",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "565602978647102145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "565602978647102145",
      "created_at" : "Tue Jan 10 07:13:23 +0000 2017",
      "favorited" : false,
      "full_text" : "@ara.703 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "277351193167185926",
      "in_reply_to_status_id" : "277351193167185926",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "ara.703"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Phạm Thu Trang",
            "screen_name" : "thutrang_pham",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700047148",
            "id" : "700047148"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "407027441475013011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "407027441475013011",
      "created_at" : "Mon Jan 09 12:35:27 +0000 2017",
      "favorited" : false,
      "full_text" : "@thutrang_pham OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1146087551234597322",
      "in_reply_to_status_id" : "1146087551234597322",
      "in_reply_to_user_id" : "700047148",
      "in_reply_to_user_id_str" : "700047148",
      "in_reply_to_screen_name" : "thutrang_pham"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jörg Schäfer",
            "screen_name" : "jorg_schafer",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700076268",
            "id" : "700076268"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "582253934707610720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "582253934707610720",
      "created_at" : "Sun Jan 08 08:14:41 +0000 2017",
      "favorited" : false,
      "full_text" : "@jorg_schafer I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "713325428042310269",
      "in_reply_to_status_id" : "713325428042310269",
      "in_reply_to_user_id" : "700076268",
      "in_reply_to_user_id_str" : "700076268",
      "in_reply_to_screen_name" : "jorg_schafer"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "365716431983515338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "365716431983515338",
      "created_at" : "Sun Jan 08 00:03:06 +0000 2017",
      "favorited" : false,
      "full_text" : "@fuchsj Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1010803792587420859",
      "in_reply_to_status_id" : "1010803792587420859",
      "in_reply_to_user_id" : "700007262",
      "in_reply_to_user_id_str" : "700007262",
      "in_reply_to_screen_name" : "fuchsj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Evans",
            "screen_name" : "andrew_evans",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700148438",
            "id" : "700148438"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "515490061398126417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "515490061398126417",
      "created_at" : "Sat Jan 07 19:23:39 +0000 2017",
      "favorited" : false,
      "full_text" : "@andrew_evans Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "193902273055105100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "193902273055105100",
      "created_at" : "Sat Jan 07 18:04:18 +0000 2017",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "86065428528770669",
      "in_reply_to_status_id" : "86065428528770669",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Đặng Đình Phúc",
            "screen_name" : "dinhphuc.dang",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700147157",
            "id" : "700147157"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "83050061011919231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "83050061011919231",
      "created_at" : "Sat Jan 07 07:40:32 +0000 2017",
      "favorited" : false,
      "full_text" : "@dinhphuc.dang Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Vogel",
            "screen_name" : "jurgen.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058768",
            "id" : "700058768"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1149016540442257121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1149016540442257121",
      "created_at" : "Sat Jan 07 06:31:59 +0000 2017",
      "favorited" : false,
      "full_text" : "@jurgen.vogel Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "938791194423178600",
      "in_reply_to_status_id" : "938791194423178600",
      "in_reply_to_user_id" : "700058768",
      "in_reply_to_user_id_str" : "700058768",
      "in_reply_to_screen_name" : "jurgen.vogel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "493824543675065970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "493824543675065970",
      "created_at" : "Thu Jan 05 12:26:40 +0000 2017",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "959499087571566220",
      "in_reply_to_status_id" : "959499087571566220",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Smith",
            "screen_name" : "smithm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700118030",
            "id" : "700118030"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "408935518959967123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "408935518959967123",
      "created_at" : "Thu Jan 05 09:13:47 +0000 2017",
      "favorited" : false,
      "full_text" : "@smithm Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nagy Bálint",
            "screen_name" : "balint_nagy",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700141767",
            "id" : "700141767"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "611211386672865455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "611211386672865455",
      "created_at" : "Wed Jan 04 23:21:23 +0000 2017",
      "favorited" : false,
      "full_text" : "@balint_nagy Happy birthday! 🎂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "195173936045590111",
      "in_reply_to_status_id" : "195173936045590111",
      "in_reply_to_user_id" : "700141767",
      "in_reply_to_user_id_str" : "700141767",
      "in_reply_to_screen_name" : "balint_nagy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón García",
            "screen_name" : "ramon.garcia",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058978",
            "id" : "700058978"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1113746283886283542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1113746283886283542",
      "created_at" : "Tue Jan 03 16:35:53 +0000 2017",
      "favorited" : false,
      "full_text" : "@ramon.garcia See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "999012018834546633",
      "in_reply_to_status_id" : "999012018834546633",
      "in_reply_to_user_id" : "700058978",
      "in_reply_to_user_id_str" : "700058978",
      "in_reply_to_screen_name" : "ramon.garcia"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1058432297368830367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1058432297368830367",
      "created_at" : "Tue Jan 03 10:06:18 +0000 2017",
      "favorited" : false,
      "full_text" : "@lukas_becker Obrigado, até já",
      "lang" : "en",
      "in_reply_to_status_id_str" : "130476037729502212",
      "in_reply_to_status_id" : "130476037729502212",
      "in_reply_to_user_id" : "700117092",
      "in_reply_to_user_id_str" : "700117092",
      "in_reply_to_screen_name" : "lukas_becker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grzegorz Wójcik",
            "screen_name" : "grzegorz_wojcik",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700110568",
            "id" : "700110568"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "267372732630437541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "267372732630437541",
      "created_at" : "Mon Jan 02 12:35:38 +0000 2017",
      "favorited" : false,
      "full_text" : "@grzegorz_wojcik I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Анастасия Морозов",
            "screen_name" : "rus21987",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700056024",
            "id" : "700056024"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "221329608047681846",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "221329608047681846",
      "created_at" : "Mon Jan 02 07:23:20 +0000 2017",
      "favorited" : false,
      "full_text" : "@rus21987 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Pérez",
            "screen_name" : "mariaperez67",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700076667",
            "id" : "700076667"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "555201056114473418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "555201056114473418",
      "created_at" : "Sun Jan 01 18:18:37 +0000 2017",
      "favorited" : false,
      "full_text" : "@mariaperez67 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "412637860122080293",
      "in_reply_to_status_id" : "412637860122080293",
      "in_reply_to_user_id" : "700076667",
      "in_reply_to_user_id_str" : "700076667",
      "in_reply_to_screen_name" : "mariaperez67"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón García",
            "screen_name" : "ramon.garcia",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058978",
            "id" : "700058978"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "984854982563913115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "984854982563913115",
      "created_at" : "Sat Dec 31 15:48:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@ramon.garcia See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "979639967342614692",
      "in_reply_to_status_id" : "979639967342614692",
      "in_reply_to_user_id" : "700058978",
      "in_reply_to_user_id_str" : "700058978",
      "in_reply_to_screen_name" : "ramon.garcia"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1133074941896826372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1133074941896826372",
      "created_at" : "Fri Dec 30 03:16:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón García",
            "screen_name" : "ramon.garcia",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058978",
            "id" : "700058978"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "793146155941196144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "793146155941196144",
      "created_at" : "Wed Dec 28 01:54:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@ramon.garcia Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Smith",
            "screen_name" : "smithm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700118030",
            "id" : "700118030"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "42226704186768252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "42226704186768252",
      "created_at" : "Tue Dec 27 11:48:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@smithm Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "828623218593012355",
      "in_reply_to_status_id" : "828623218593012355",
      "in_reply_to_user_id" : "700118030",
      "in_reply_to_user_id_str" : "700118030",
      "in_reply_to_screen_name" : "smithm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Rousseau",
            "screen_name" : "noemie_rousseau",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129881",
            "id" : "700129881"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "751806568276151775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "751806568276151775",
      "created_at" : "Mon Dec 26 13:11:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@noemie_rousseau Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "180653684571063310",
      "in_reply_to_status_id" : "180653684571063310",
      "in_reply_to_user_id" : "700129881",
      "in_reply_to_user_id_str" : "700129881",
      "in_reply_to_screen_name" : "noemie_rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم العلي",
            "screen_name" : "ara.703",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "778168331952140780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "778168331952140780",
      "created_at" : "Mon Dec 26 08:49:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.703 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "563165319132488970",
      "in_reply_to_status_id" : "563165319132488970",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "ara.703"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Szymańska 🇺🇦",
            "screen_name" : "szymanskaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700016852",
            "id" : "700016852"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "963167426598319034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "963167426598319034",
      "created_at" : "Mon Dec 26 02:06:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@szymanskaz Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Björn Schröder",
            "screen_name" : "schroderb5",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700091255",
            "id" : "700091255"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "147547860060161795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "147547860060161795",
      "created_at" : "Sun Dec 25 18:04:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@schroderb5 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Yılmaz",
            "screen_name" : "burak_yilmaz",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700087132",
            "id" : "700087132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1068882821094578338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1068882821094578338",
      "created_at" : "Sat Dec 24 06:19:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_yilmaz Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1046271002666042569",
      "in_reply_to_status_id" : "1046271002666042569",
      "in_reply_to_user_id" : "700087132",
      "in_reply_to_user_id_str" : "700087132",
      "in_reply_to_screen_name" : "burak_yilmaz"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Menon",
            "screen_name" : "priya_menon",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700029816",
            "id" : "700029816"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "536292098020429819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536292098020429819",
      "created_at" : "Thu Dec 22 23:39:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@priya_menon Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Böhm",
            "screen_name" : "bohmu",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700150853",
            "id" : "700150853"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "449531820067717639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "449531820067717639",
      "created_at" : "Mon Dec 19 19:52:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@bohmu Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "817479255430849790",
      "in_reply_to_status_id" : "817479255430849790",
      "in_reply_to_user_id" : "700150853",
      "in_reply_to_user_id_str" : "700150853",
      "in_reply_to_screen_name" : "bohmu"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم العلي",
            "screen_name" : "ara.703",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "199885923899540111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "199885923899540111",
      "created_at" : "Mon Dec 19 02:29:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.703 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "918547286443195669",
      "in_reply_to_status_id" : "918547286443195669",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "ara.703"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Rousseau",
            "screen_name" : "noemie_rousseau",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129881",
            "id" : "700129881"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "566414491096653566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "566414491096653566",
      "created_at" : "Fri Dec 16 20:11:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@noemie_rousseau Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "918360476914868406",
      "in_reply_to_status_id" : "918360476914868406",
      "in_reply_to_user_id" : "700129881",
      "in_reply_to_user_id_str" : "700129881",
      "in_reply_to_screen_name" : "noemie_rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jérôme Lefèvre",
            "screen_name" : "jerome_lefevre",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700072719",
            "id" : "700072719"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "496797402945603457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "496797402945603457",
      "created_at" : "Tue Dec 13 23:12:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@jerome_lefevre Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "201666959714150740",
      "in_reply_to_status_id" : "201666959714150740",
      "in_reply_to_user_id" : "700072719",
      "in_reply_to_user_id_str" : "700072719",
      "in_reply_to_screen_name" : "jerome_lefevre"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Đình Phúc",
            "screen_name" : "huynhd",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700034639",
            "id" : "700034639"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1054441903117690227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1054441903117690227",
      "created_at" : "Tue Dec 13 16:06:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@huynhd Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1364621303796045",
      "in_reply_to_status_id" : "1364621303796045",
      "in_reply_to_user_id" : "700034639",
      "in_reply_to_user_id_str" : "700034639",
      "in_reply_to_screen_name" : "huynhd"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم العلي",
            "screen_name" : "ara.703",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "571363813689079693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "571363813689079693",
      "created_at" : "Mon Dec 12 21:00:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.703 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "530228493219796772",
      "in_reply_to_status_id" : "530228493219796772",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "ara.703"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Vogel",
            "screen_name" : "jurgen.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058768",
            "id" : "700058768"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1099574999083401068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1099574999083401068",
      "created_at" : "Sat Dec 10 03:44:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@jurgen.vogel Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "816995252183395141",
      "in_reply_to_status_id" : "816995252183395141",
      "in_reply_to_user_id" : "700058768",
      "in_reply_to_user_id_str" : "700058768",
      "in_reply_to_screen_name" : "jurgen.vogel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم العلي",
            "screen_name" : "ara.703",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "835190713817791354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "835190713817791354",
      "created_at" : "Fri Dec 09 03:55:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.703 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Woźniak",
            "screen_name" : "bartlomiejwozniak70",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700078515",
            "id" : "700078515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "561962065306650912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "561962065306650912",
      "created_at" : "Wed Dec 07 19:06:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@bartlomiejwozniak70 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "771606644636517185",
      "in_reply_to_status_id" : "771606644636517185",
      "in_reply_to_user_id" : "700078515",
      "in_reply_to_user_id_str" : "700078515",
      "in_reply_to_screen_name" : "bartlomiejwozniak70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Đình Phúc",
            "screen_name" : "huynhd",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700034639",
            "id" : "700034639"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "362797687377883761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "362797687377883761",
      "created_at" : "Tue Dec 06 08:39:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@huynhd Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "964664754211029677",
      "in_reply_to_status_id" : "964664754211029677",
      "in_reply_to_user_id" : "700034639",
      "in_reply_to_user_id_str" : "700034639",
      "in_reply_to_screen_name" : "huynhd"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "901485836874944735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "901485836874944735",
      "created_at" : "Tue Dec 06 03:08:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "497169028949290858",
      "in_reply_to_status_id" : "497169028949290858",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Pérez",
            "screen_name" : "mariaperez67",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700076667",
            "id" : "700076667"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1145426961213331413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1145426961213331413",
      "created_at" : "Sat Dec 03 22:48:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@mariaperez67 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "313087301628329337",
      "in_reply_to_status_id" : "313087301628329337",
      "in_reply_to_user_id" : "700076667",
      "in_reply_to_user_id_str" : "700076667",
      "in_reply_to_screen_name" : "mariaperez67"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "51009477072607739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "51009477072607739",
      "created_at" : "Fri Dec 02 17:30:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "447570440067942539",
      "in_reply_to_status_id" : "447570440067942539",
      "in_reply_to_user_id" : "700006947",
      "in_reply_to_user_id_str" : "700006947",
      "in_reply_to_screen_name" : "alexandertaylor74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jennifer Brown",
            "screen_name" : "jennifer.brown",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700151336",
            "id" : "700151336"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "709312204682081902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "709312204682081902",
      "created_at" : "Thu Dec 01 23:59:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@jennifer.brown Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "400326554769133179",
      "in_reply_to_status_id" : "400326554769133179",
      "in_reply_to_user_id" : "700151336",
      "in_reply_to_user_id_str" : "700151336",
      "in_reply_to_screen_name" : "jennifer.brown"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Harris",
            "screen_name" : "robert_harris",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700141928",
            "id" : "700141928"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "577607162203491091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "577607162203491091",
      "created_at" : "Wed Nov 30 21:36:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@robert_harris ¿Qué tal todo?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Woźniak",
            "screen_name" : "bartlomiejwozniak70",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700078515",
            "id" : "700078515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1073100283480902024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1073100283480902024",
      "created_at" : "Wed Nov 30 00:29:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@bartlomiejwozniak70 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "219421352839751978",
      "in_reply_to_status_id" : "219421352839751978",
      "in_reply_to_user_id" : "700078515",
      "in_reply_to_user_id_str" : "700078515",
      "in_reply_to_screen_name" : "bartlomiejwozniak70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1101070223348983846",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1101070223348983846",
      "created_at" : "Mon Nov 28 05:23:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "291240202523266476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "291240202523266476",
      "created_at" : "Sat Nov 26 17:56:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王涛",
            "screen_name" : "chi22133",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025455",
            "id" : "700025455"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "176583103006194125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "176583103006194125",
      "created_at" : "Tue Nov 22 01:25:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi22133 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "644819932469877091",
      "in_reply_to_status_id" : "644819932469877091",
      "in_reply_to_user_id" : "700025455",
      "in_reply_to_user_id_str" : "700025455",
      "in_reply_to_screen_name" : "chi22133"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Étienne Lefèvre",
            "screen_name" : "etienne_lefevre",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700135306",
            "id" : "700135306"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "990989672746582602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "990989672746582602",
      "created_at" : "Mon Nov 21 13:15:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@etienne_lefevre Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Íñigo Fernández",
            "screen_name" : "inigo.fernandez",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700050354",
            "id" : "700050354"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "71832313259338096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71832313259338096",
      "created_at" : "Sun Nov 20 02:20:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@inigo.fernandez Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "376910323542203755",
      "in_reply_to_status_id" : "376910323542203755",
      "in_reply_to_user_id" : "700050354",
      "in_reply_to_user_id_str" : "700050354",
      "in_reply_to_screen_name" : "inigo.fernandez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Harris",
            "screen_name" : "robert_harris",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700141928",
            "id" : "700141928"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "652791259027191944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "652791259027191944",
      "created_at" : "Sat Nov 19 23:49:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@robert_harris Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "gunesa",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700077374",
            "id" : "700077374"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1058346593668523512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1058346593668523512",
      "created_at" : "Thu Nov 17 05:43:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@gunesa Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1000672237473690279",
      "in_reply_to_status_id" : "1000672237473690279",
      "in_reply_to_user_id" : "700077374",
      "in_reply_to_user_id_str" : "700077374",
      "in_reply_to_screen_name" : "gunesa"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Agnieszka Jankowski",
            "screen_name" : "jankowskia",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700049997",
            "id" : "700049997"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "518880695675949051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "518880695675949051",
      "created_at" : "Wed Nov 16 01:44:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@jankowskia Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "852260492839788761",
      "in_reply_to_status_id" : "852260492839788761",
      "in_reply_to_user_id" : "700049997",
      "in_reply_to_user_id_str" : "700049997",
      "in_reply_to_screen_name" : "jankowskia"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Đặng Đình Phúc",
            "screen_name" : "dinhphuc.dang",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700147157",
            "id" : "700147157"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "847368505539696089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "847368505539696089",
      "created_at" : "Sun Nov 13 20:20:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@dinhphuc.dang Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "436935312579221827",
      "in_reply_to_status_id" : "436935312579221827",
      "in_reply_to_user_id" : "700147157",
      "in_reply_to_user_id_str" : "700147157",
      "in_reply_to_screen_name" : "dinhphuc.dang"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mészáros Lőrinc",
            "screen_name" : "lorinc.meszaros",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700051215",
            "id" : "700051215"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1080189388861586149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1080189388861586149",
      "created_at" : "Sat Nov 12 21:42:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@lorinc.meszaros Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Yılmaz",
            "screen_name" : "burak_yilmaz",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700087132",
            "id" : "700087132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "114079841625970693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "114079841625970693",
      "created_at" : "Sat Nov 12 03:38:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_yilmaz Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1103888155476365207",
      "in_reply_to_status_id" : "1103888155476365207",
      "in_reply_to_user_id" : "700087132",
      "in_reply_to_user_id_str" : "700087132",
      "in_reply_to_screen_name" : "burak_yilmaz"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "229635660587377031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "229635660587377031",
      "created_at" : "Fri Nov 11 18:53:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "826263726789848590",
      "in_reply_to_status_id" : "826263726789848590",
      "in_reply_to_user_id" : "700117092",
      "in_reply_to_user_id_str" : "700117092",
      "in_reply_to_screen_name" : "lukas_becker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "763679220724864199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "763679220724864199",
      "created_at" : "Thu Nov 10 21:53:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "841563134689459951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "841563134689459951",
      "created_at" : "Thu Nov 10 16:54:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1098782960763614504",
      "in_reply_to_status_id" : "1098782960763614504",
      "in_reply_to_user_id" : "700007262",
      "in_reply_to_user_id_str" : "700007262",
      "in_reply_to_screen_name" : "fuchsj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İlker Doğan",
            "screen_name" : "dogani",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700087895",
            "id" : "700087895"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "31725854925899262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "31725854925899262",
      "created_at" : "Wed Nov 09 04:01:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@dogani Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "488629970650846471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "488629970650846471",
      "created_at" : "Tue Nov 08 08:12:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Obrigado, até já",
      "lang" : "en",
      "in_reply_to_status_id_str" : "825628711702102586",
      "in_reply_to_status_id" : "825628711702102586",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Jankowski",
            "screen_name" : "jankowskil",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700112549",
            "id" : "700112549"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "35715951631716169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "35715951631716169",
      "created_at" : "Mon Nov 07 14:10:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@jankowskil Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "523348785022543430",
      "in_reply_to_status_id" : "523348785022543430",
      "in_reply_to_user_id" : "700112549",
      "in_reply_to_user_id_str" : "700112549",
      "in_reply_to_screen_name" : "jankowskil"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Phạm Thu Trang",
            "screen_name" : "thutrang_pham",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700047148",
            "id" : "700047148"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1080716001749652894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1080716001749652894",
      "created_at" : "Mon Nov 07 10:29:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@thutrang_pham Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1006084208437472012",
      "in_reply_to_status_id" : "1006084208437472012",
      "in_reply_to_user_id" : "700047148",
      "in_reply_to_user_id_str" : "700047148",
      "in_reply_to_screen_name" : "thutrang_pham"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Hồng Nhung",
            "screen_name" : "hongnhung.huynh",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700005547",
            "id" : "700005547"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "490488346506380344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "490488346506380344",
      "created_at" : "Fri Nov 04 13:01:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@hongnhung.huynh Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "871858881875288300",
      "in_reply_to_status_id" : "871858881875288300",
      "in_reply_to_user_id" : "700005547",
      "in_reply_to_user_id_str" : "700005547",
      "in_reply_to_screen_name" : "hongnhung.huynh"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم منصور",
            "screen_name" : "ara96153",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700041408",
            "id" : "700041408"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "102597275355338504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "102597275355338504",
      "created_at" : "Wed Nov 02 23:31:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara96153 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "705427400725433502",
      "in_reply_to_status_id" : "705427400725433502",
      "in_reply_to_user_id" : "700041408",
      "in_reply_to_user_id_str" : "700041408",
      "in_reply_to_screen_name" : "ara96153"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Smith",
            "screen_name" : "smithm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700118030",
            "id" : "700118030"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "411696513154451984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "411696513154451984",
      "created_at" : "Wed Nov 02 19:40:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@smithm Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "420396584655047184",
      "in_reply_to_status_id" : "420396584655047184",
      "in_reply_to_user_id" : "700118030",
      "in_reply_to_user_id_str" : "700118030",
      "in_reply_to_screen_name" : "smithm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "266658152227887913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "266658152227887913",
      "created_at" : "Tue Nov 01 20:05:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "145773160941038927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "145773160941038927",
      "created_at" : "Fri Oct 28 14:54:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Woźniak",
            "screen_name" : "bartlomiejwozniak70",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700078515",
            "id" : "700078515"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "482694468211605534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "482694468211605534",
      "created_at" : "Fri Oct 28 08:09:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@bartlomiejwozniak70 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Анастасия Иванов",
            "screen_name" : "rus.332",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700005925",
            "id" : "700005925"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "699829737624674365",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "699829737624674365",
      "created_at" : "Thu Oct 27 19:18:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus.332 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "823976892020670405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "823976892020670405",
      "created_at" : "Thu Oct 27 18:22:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "438496636773646923",
      "in_reply_to_status_id" : "438496636773646923",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rejtő Enikő",
            "screen_name" : "eniko_rejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700102714",
            "id" : "700102714"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "324013550639471905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "324013550639471905",
      "created_at" : "Mon Oct 24 14:34:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@eniko_rejto Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1065475695281830873",
      "in_reply_to_status_id" : "1065475695281830873",
      "in_reply_to_user_id" : "700102714",
      "in_reply_to_user_id_str" : "700102714",
      "in_reply_to_screen_name" : "eniko_rejto"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Martínez",
            "screen_name" : "martinezr",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070542",
            "id" : "700070542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "903927713508424935",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "903927713508424935",
      "created_at" : "Sat Oct 22 04:43:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@martinezr That photo is amazing 📸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "علي الخطيب",
            "screen_name" : "ara.592",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700024244",
            "id" : "700024244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "176640928118855368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "176640928118855368",
      "created_at" : "Fri Oct 21 21:12:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.592 Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наталья Морозов",
            "screen_name" : "rus_258",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700107656",
            "id" : "700107656"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "841269598383306786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "841269598383306786",
      "created_at" : "Thu Oct 20 22:01:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_258 Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "684935842124265013",
      "in_reply_to_status_id" : "684935842124265013",
      "in_reply_to_user_id" : "700107656",
      "in_reply_to_user_id_str" : "700107656",
      "in_reply_to_screen_name" : "rus_258"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "83425809729453003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "83425809729453003",
      "created_at" : "Tue Oct 18 07:04:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "154757859245745177",
      "in_reply_to_status_id" : "154757859245745177",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "1089737234299768203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1089737234299768203",
      "created_at" : "Sun Oct 16 05:28:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "137149380877810448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "137149380877810448",
      "created_at" : "Fri Oct 14 07:12:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "593124481774768803",
      "in_reply_to_status_id" : "593124481774768803",
      "in_reply_to_user_id" : "700007262",
      "in_reply_to_user_id_str" : "700007262",
      "in_reply_to_screen_name" : "fuchsj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "349171010993307294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "349171010993307294",
      "created_at" : "Thu Oct 13 04:04:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Анастасия Иванов",
            "screen_name" : "rus.332",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700005925",
            "id" : "700005925"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "727213839410662914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "727213839410662914",
      "created_at" : "Fri Oct 07 21:07:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus.332 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "882884226239886006",
      "in_reply_to_status_id" : "882884226239886006",
      "in_reply_to_user_id" : "700005925",
      "in_reply_to_user_id_str" : "700005925",
      "in_reply_to_screen_name" : "rus.332"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Ibáñez",
            "screen_name" : "mariaibanez34",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700072649",
            "id" : "700072649"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1110768512360621690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1110768512360621690",
      "created_at" : "Thu Oct 06 23:20:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@mariaibanez34 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "815948056640603967",
      "in_reply_to_status_id" : "815948056640603967",
      "in_reply_to_user_id" : "700072649",
      "in_reply_to_user_id_str" : "700072649",
      "in_reply_to_screen_name" : "mariaibanez34"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Сергей Лебедева",
            "screen_name" : "rus_664",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700118471",
            "id" : "700118471"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "105251158672826182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "105251158672826182",
      "created_at" : "Wed Oct 05 13:22:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_664 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "908385497633585983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "908385497633585983",
      "created_at" : "Tue Oct 04 16:35:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@german.perez Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "189004322113190946",
      "in_reply_to_status_id" : "189004322113190946",
      "in_reply_to_user_id" : "700111870",
      "in_reply_to_user_id_str" : "700111870",
      "in_reply_to_screen_name" : "german.perez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "954213638915489537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954213638915489537",
      "created_at" : "Mon Oct 03 23:34:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "835127337534219511",
      "in_reply_to_status_id" : "835127337534219511",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Wójcik",
            "screen_name" : "wojcikb",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700134900",
            "id" : "700134900"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "447191941191810805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "447191941191810805",
      "created_at" : "Sat Oct 01 02:42:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@wojcikb Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "23166268892921231",
      "in_reply_to_status_id" : "23166268892921231",
      "in_reply_to_user_id" : "700134900",
      "in_reply_to_user_id_str" : "700134900",
      "in_reply_to_screen_name" : "wojcikb"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "يوسف حداد",
            "screen_name" : "ara_590",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010237",
            "id" : "700010237"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "519147706331594107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "519147706331594107",
      "created_at" : "Sat Oct 01 00:24:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_590 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "156436927905584391",
      "in_reply_to_status_id" : "156436927905584391",
      "in_reply_to_user_id" : "700010237",
      "in_reply_to_user_id_str" : "700010237",
      "in_reply_to_screen_name" : "ara_590"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "gunesa",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700077374",
            "id" : "700077374"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "373659508190668625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "373659508190668625",
      "created_at" : "Wed Sep 28 11:14:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@gunesa Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1077454822719676915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1077454822719676915",
      "created_at" : "Sun Sep 25 11:06:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "666395536578589628",
      "in_reply_to_status_id" : "666395536578589628",
      "in_reply_to_user_id" : "700011322",
      "in_reply_to_user_id_str" : "700011322",
      "in_reply_to_screen_name" : "lakshmigupta22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "يوسف حداد",
            "screen_name" : "ara_590",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010237",
            "id" : "700010237"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "722928196237009715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "722928196237009715",
      "created_at" : "Sun Sep 25 06:14:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_590 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "159341064590139125",
      "in_reply_to_status_id" : "159341064590139125",
      "in_reply_to_user_id" : "700010237",
      "in_reply_to_user_id_str" : "700010237",
      "in_reply_to_screen_name" : "ara_590"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Boucher",
            "screen_name" : "noemie.boucher",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700141340",
            "id" : "700141340"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "575876521686554557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "575876521686554557",
      "created_at" : "Sat Sep 24 09:52:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@noemie.boucher Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "133390629875153998",
      "in_reply_to_status_id" : "133390629875153998",
      "in_reply_to_user_id" : "700141340",
      "in_reply_to_user_id_str" : "700141340",
      "in_reply_to_screen_name" : "noemie.boucher"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "643561393972467383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "643561393972467383",
      "created_at" : "Sat Sep 24 07:14:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Lőrinc",
            "screen_name" : "lorinc_hal",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116385",
            "id" : "700116385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "12472800329165965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "12472800329165965",
      "created_at" : "Fri Sep 23 22:15:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@lorinc_hal I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "174646198131626557",
      "in_reply_to_status_id" : "174646198131626557",
      "in_reply_to_user_id" : "700116385",
      "in_reply_to_user_id_str" : "700116385",
      "in_reply_to_screen_name" : "lorinc_hal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Güneş",
            "screen_name" : "gokhan_gunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700152337",
            "id" : "700152337"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "136976108191366977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "136976108191366977",
      "created_at" : "Fri Sep 23 21:25:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhan_gunes Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "194851362382145593",
      "in_reply_to_status_id" : "194851362382145593",
      "in_reply_to_user_id" : "700152337",
      "in_reply_to_user_id_str" : "700152337",
      "in_reply_to_screen_name" : "gokhan_gunes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Lőrinc",
            "screen_name" : "lorinc_hal",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116385",
            "id" : "700116385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "542673231671602074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "542673231671602074",
      "created_at" : "Wed Sep 21 10:21:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@lorinc_hal Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周伟",
            "screen_name" : "chi81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700077465",
            "id" : "700077465"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "528167684615824789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "528167684615824789",
      "created_at" : "Wed Sep 21 00:46:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi81349 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "339725068374079853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "339725068374079853",
      "created_at" : "Tue Sep 20 20:46:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "62374228473344042",
      "in_reply_to_status_id" : "62374228473344042",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Schäfer",
            "screen_name" : "soren_schafer",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700122790",
            "id" : "700122790"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "326600964589539893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "326600964589539893",
      "created_at" : "Tue Sep 20 12:26:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@soren_schafer Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Evans",
            "screen_name" : "andrew_evans",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700148438",
            "id" : "700148438"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1107813133624092212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1107813133624092212",
      "created_at" : "Mon Sep 19 20:12:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrew_evans Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "587392409886441758",
      "in_reply_to_status_id" : "587392409886441758",
      "in_reply_to_user_id" : "700148438",
      "in_reply_to_user_id_str" : "700148438",
      "in_reply_to_screen_name" : "andrew_evans"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "519358764062830278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "519358764062830278",
      "created_at" : "Sun Sep 18 05:57:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "211719279448897303",
      "in_reply_to_status_id" : "211719279448897303",
      "in_reply_to_user_id" : "700065208",
      "in_reply_to_user_id_str" : "700065208",
      "in_reply_to_screen_name" : "rus_441"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "يوسف حداد",
            "screen_name" : "ara_590",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010237",
            "id" : "700010237"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "1018324615241166830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1018324615241166830",
      "created_at" : "Sat Sep 17 09:03:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_590 Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "468505235430887875",
      "in_reply_to_status_id" : "468505235430887875",
      "in_reply_to_user_id" : "700010237",
      "in_reply_to_user_id_str" : "700010237",
      "in_reply_to_screen_name" : "ara_590"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周伟",
            "screen_name" : "chi81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700077465",
            "id" : "700077465"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "925794871278346075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "925794871278346075",
      "created_at" : "Thu Sep 15 14:10:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi81349 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "459199959247497163",
      "in_reply_to_status_id" : "459199959247497163",
      "in_reply_to_user_id" : "700077465",
      "in_reply_to_user_id_str" : "700077465",
      "in_reply_to_screen_name" : "chi81349"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "109119194698708743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "109119194698708743",
      "created_at" : "Wed Sep 14 02:06:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Tack så mycket",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Robinson",
            "screen_name" : "sarah.robinson",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700159253",
            "id" : "700159253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "742775856372243604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "742775856372243604",
      "created_at" : "Tue Sep 13 07:18:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah.robinson Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "54772532828791698",
      "in_reply_to_status_id" : "54772532828791698",
      "in_reply_to_user_id" : "700159253",
      "in_reply_to_user_id_str" : "700159253",
      "in_reply_to_screen_name" : "sarah.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "194480075363716252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "194480075363716252",
      "created_at" : "Sun Sep 11 08:19:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "211860997303691688",
      "in_reply_to_status_id" : "211860997303691688",
      "in_reply_to_user_id" : "700143538",
      "in_reply_to_user_id_str" : "700143538",
      "in_reply_to_screen_name" : "michal_kozlowska"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Иван Попова",
            "screen_name" : "rus62917",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700055100",
            "id" : "700055100"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "926936479355652786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926936479355652786",
      "created_at" : "Sat Sep 10 14:02:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus62917 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "562938761210186339",
      "in_reply_to_status_id" : "562938761210186339",
      "in_reply_to_user_id" : "700055100",
      "in_reply_to_user_id_str" : "700055100",
      "in_reply_to_screen_name" : "rus62917"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İlker Doğan",
            "screen_name" : "dogani",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700087895",
            "id" : "700087895"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "38998756640012888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "38998756640012888",
      "created_at" : "Sat Sep 10 07:45:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@dogani Happy birthday! 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周伟",
            "screen_name" : "chi81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700077465",
            "id" : "700077465"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "129249415438009167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "129249415438009167",
      "created_at" : "Thu Sep 08 13:26:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi81349 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "565024133400797673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "565024133400797673",
      "created_at" : "Tue Sep 06 01:07:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Yılmaz",
            "screen_name" : "burak_yilmaz",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700087132",
            "id" : "700087132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "169460528489834364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "169460528489834364",
      "created_at" : "Sun Sep 04 20:14:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_yilmaz I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1087124818215074185",
      "in_reply_to_status_id" : "1087124818215074185",
      "in_reply_to_user_id" : "700087132",
      "in_reply_to_user_id_str" : "700087132",
      "in_reply_to_screen_name" : "burak_yilmaz"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Анастасия Иванов",
            "screen_name" : "589r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700034163",
            "id" : "700034163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1108594777786991640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1108594777786991640",
      "created_at" : "Sun Sep 04 09:34:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@589r Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "293807801299516060",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "293807801299516060",
      "created_at" : "Sat Sep 03 14:35:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "179628768707084571",
      "in_reply_to_status_id" : "179628768707084571",
      "in_reply_to_user_id" : "700065208",
      "in_reply_to_user_id_str" : "700065208",
      "in_reply_to_screen_name" : "rus_441"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "218210059813047970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "218210059813047970",
      "created_at" : "Fri Sep 02 21:53:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "244331002372117279",
      "in_reply_to_status_id" : "244331002372117279",
      "in_reply_to_user_id" : "700143538",
      "in_reply_to_user_id_str" : "700143538",
      "in_reply_to_screen_name" : "michal_kozlowska"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周伟",
            "screen_name" : "chi81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700077465",
            "id" : "700077465"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1018884494509655271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1018884494509655271",
      "created_at" : "Wed Aug 31 16:26:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi81349 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "467912743689056109",
      "in_reply_to_status_id" : "467912743689056109",
      "in_reply_to_user_id" : "700077465",
      "in_reply_to_user_id_str" : "700077465",
      "in_reply_to_screen_name" : "chi81349"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1013207844470123594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1013207844470123594",
      "created_at" : "Tue Aug 30 22:59:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "250812869910489171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "250812869910489171",
      "created_at" : "Tue Aug 30 21:51:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "239875178094065944",
      "in_reply_to_status_id" : "239875178094065944",
      "in_reply_to_user_id" : "700080475",
      "in_reply_to_user_id_str" : "700080475",
      "in_reply_to_screen_name" : "gokhanerdogan91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İlker Doğan",
            "screen_name" : "dogani",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700087895",
            "id" : "700087895"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "928002287427896538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "928002287427896538",
      "created_at" : "Mon Aug 29 19:09:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@dogani Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Jankowski",
            "screen_name" : "jankowskil",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700112549",
            "id" : "700112549"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "605397540786197078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "605397540786197078",
      "created_at" : "Mon Aug 29 16:14:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@jankowskil Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "158699333170843781",
      "in_reply_to_status_id" : "158699333170843781",
      "in_reply_to_user_id" : "700112549",
      "in_reply_to_user_id_str" : "700112549",
      "in_reply_to_screen_name" : "jankowskil"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Robinson",
            "screen_name" : "sarah.robinson",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700159253",
            "id" : "700159253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1081543127560465586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1081543127560465586",
      "created_at" : "Tue Aug 23 14:04:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah.robinson Congrats on the new job! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "714201638135347131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "714201638135347131",
      "created_at" : "Mon Aug 22 08:34:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "547301349014351335",
      "in_reply_to_status_id" : "547301349014351335",
      "in_reply_to_user_id" : "700076282",
      "in_reply_to_user_id_str" : "700076282",
      "in_reply_to_screen_name" : "robinsonm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "279378140355316936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "279378140355316936",
      "created_at" : "Mon Aug 22 07:10:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "279622921815639370",
      "in_reply_to_status_id" : "279622921815639370",
      "in_reply_to_user_id" : "700143538",
      "in_reply_to_user_id_str" : "700143538",
      "in_reply_to_screen_name" : "michal_kozlowska"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Fernández",
            "screen_name" : "ramon.fernandez",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700021059",
            "id" : "700021059"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "118982048716994579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "118982048716994579",
      "created_at" : "Sun Aug 21 22:32:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@ramon.fernandez I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1086247676373398584",
      "in_reply_to_status_id" : "1086247676373398584",
      "in_reply_to_user_id" : "700021059",
      "in_reply_to_user_id_str" : "700021059",
      "in_reply_to_screen_name" : "ramon.fernandez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Jankowski",
            "screen_name" : "jankowskil",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700112549",
            "id" : "700112549"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "994126552766839400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "994126552766839400",
      "created_at" : "Sat Aug 20 05:23:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@jankowskil Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "904881067302895949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "904881067302895949",
      "created_at" : "Fri Aug 19 19:35:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "60736416118561074",
      "in_reply_to_status_id" : "60736416118561074",
      "in_reply_to_user_id" : "700076282",
      "in_reply_to_user_id_str" : "700076282",
      "in_reply_to_screen_name" : "robinsonm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "604250648266525508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "604250648266525508",
      "created_at" : "Fri Aug 19 05:43:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker Tack så mycket",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1046354936795588108",
      "in_reply_to_status_id" : "1046354936795588108",
      "in_reply_to_user_id" : "700117092",
      "in_reply_to_user_id_str" : "700117092",
      "in_reply_to_screen_name" : "lukas_becker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "346811713504472410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "346811713504472410",
      "created_at" : "Thu Aug 18 08:19:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王涛",
            "screen_name" : "chi22133",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025455",
            "id" : "700025455"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1083273077141096314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1083273077141096314",
      "created_at" : "Thu Aug 18 03:40:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi22133 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rejtő Enikő",
            "screen_name" : "eniko_rejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700102714",
            "id" : "700102714"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "221609029563620582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "221609029563620582",
      "created_at" : "Tue Aug 16 16:01:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@eniko_rejto Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Fernández",
            "screen_name" : "ramon.fernandez",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700021059",
            "id" : "700021059"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "280240650365571213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "280240650365571213",
      "created_at" : "Tue Aug 16 14:53:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@ramon.fernandez Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Harris",
            "screen_name" : "sarah_harris",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700035941",
            "id" : "700035941"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "468150398783719375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "468150398783719375",
      "created_at" : "Mon Aug 15 19:04:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah_harris Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "177257805287541273",
      "in_reply_to_status_id" : "177257805287541273",
      "in_reply_to_user_id" : "700035941",
      "in_reply_to_user_id_str" : "700035941",
      "in_reply_to_screen_name" : "sarah_harris"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Gupta",
            "screen_name" : "lakshmigupta22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700011322",
            "id" : "700011322"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "586899254749549328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "586899254749549328",
      "created_at" : "Mon Aug 15 05:37:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@lakshmigupta22 Obrigado, até já",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Wójcik",
            "screen_name" : "wojcikb",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700134900",
            "id" : "700134900"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "449581106902600243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "449581106902600243",
      "created_at" : "Sun Aug 14 05:32:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@wojcikb Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "579521468333694648",
      "in_reply_to_status_id" : "579521468333694648",
      "in_reply_to_user_id" : "700134900",
      "in_reply_to_user_id_str" : "700134900",
      "in_reply_to_screen_name" : "wojcikb"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "613173139368994088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "613173139368994088",
      "created_at" : "Sun Aug 14 02:50:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "373808191102837446",
      "in_reply_to_status_id" : "373808191102837446",
      "in_reply_to_user_id" : "700065208",
      "in_reply_to_user_id_str" : "700065208",
      "in_reply_to_screen_name" : "rus_441"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "725433918899845289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "725433918899845289",
      "created_at" : "Sat Aug 13 01:21:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Beth Wright",
            "screen_name" : "elizabeth.wright",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700155277",
            "id" : "700155277"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "426005902251664351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "426005902251664351",
      "created_at" : "Thu Aug 11 23:16:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@elizabeth.wright Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "346477577442891122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "346477577442891122",
      "created_at" : "Wed Aug 10 06:43:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "gunesa",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700077374",
            "id" : "700077374"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "526681563439940189",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "526681563439940189",
      "created_at" : "Wed Aug 10 05:40:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@gunesa Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "394430754135868470",
      "in_reply_to_status_id" : "394430754135868470",
      "in_reply_to_user_id" : "700077374",
      "in_reply_to_user_id_str" : "700077374",
      "in_reply_to_screen_name" : "gunesa"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Fuchs",
            "screen_name" : "fuchsj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700007262",
            "id" : "700007262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "276427895495099808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "276427895495099808",
      "created_at" : "Wed Aug 10 04:37:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@fuchsj Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "222849592362452790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "222849592362452790",
      "created_at" : "Tue Aug 09 23:39:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "914398914464698545",
      "in_reply_to_status_id" : "914398914464698545",
      "in_reply_to_user_id" : "700006947",
      "in_reply_to_user_id_str" : "700006947",
      "in_reply_to_screen_name" : "alexandertaylor74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周伟",
            "screen_name" : "chi81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700077465",
            "id" : "700077465"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "438436095723855857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "438436095723855857",
      "created_at" : "Tue Aug 09 19:13:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi81349 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "813825036282980863",
      "in_reply_to_status_id" : "813825036282980863",
      "in_reply_to_user_id" : "700077465",
      "in_reply_to_user_id_str" : "700077465",
      "in_reply_to_screen_name" : "chi81349"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Schäfer",
            "screen_name" : "soren_schafer",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700122790",
            "id" : "700122790"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1110166733385603520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1110166733385603520",
      "created_at" : "Tue Aug 09 05:56:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@soren_schafer Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "626442825338157419",
      "in_reply_to_status_id" : "626442825338157419",
      "in_reply_to_user_id" : "700122790",
      "in_reply_to_user_id_str" : "700122790",
      "in_reply_to_screen_name" : "soren_schafer"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Kozłowska",
            "screen_name" : "michal_kozlowska",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700143538",
            "id" : "700143538"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "326184711547769865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "326184711547769865",
      "created_at" : "Fri Aug 05 06:03:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@michal_kozlowska Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "469245812183317083",
      "in_reply_to_status_id" : "469245812183317083",
      "in_reply_to_user_id" : "700143538",
      "in_reply_to_user_id_str" : "700143538",
      "in_reply_to_screen_name" : "michal_kozlowska"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "594908700998166405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "594908700998166405",
      "created_at" : "Thu Aug 04 13:56:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "352887007486319528",
      "in_reply_to_status_id" : "352887007486319528",
      "in_reply_to_user_id" : "700158539",
      "in_reply_to_user_id_str" : "700158539",
      "in_reply_to_screen_name" : "michael.walker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "يوسف حداد",
            "screen_name" : "ara_590",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010237",
            "id" : "700010237"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "859707714342474884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "859707714342474884",
      "created_at" : "Thu Aug 04 02:02:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_590 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "382473006509062770",
      "in_reply_to_status_id" : "382473006509062770",
      "in_reply_to_user_id" : "700010237",
      "in_reply_to_user_id_str" : "700010237",
      "in_reply_to_screen_name" : "ara_590"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nagy Dénes",
            "screen_name" : "denes_nagy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700154563",
            "id" : "700154563"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "605530504269606360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "605530504269606360",
      "created_at" : "Mon Aug 01 09:06:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@denes_nagy Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "25946274912738798",
      "in_reply_to_status_id" : "25946274912738798",
      "in_reply_to_user_id" : "700154563",
      "in_reply_to_user_id_str" : "700154563",
      "in_reply_to_screen_name" : "denes_nagy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1017499017260251665",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1017499017260251665",
      "created_at" : "Fri Jul 29 11:36:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "38626499192241809",
      "in_reply_to_status_id" : "38626499192241809",
      "in_reply_to_user_id" : "700117092",
      "in_reply_to_user_id_str" : "700117092",
      "in_reply_to_screen_name" : "lukas_becker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "229568750202301091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "229568750202301091",
      "created_at" : "Tue Jul 26 11:44:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1032367059669596496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1032367059669596496",
      "created_at" : "Sat Jul 23 10:14:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "530215297175028883",
      "in_reply_to_status_id" : "530215297175028883",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "يوسف حداد",
            "screen_name" : "ara_590",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010237",
            "id" : "700010237"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "238281160438990234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "238281160438990234",
      "created_at" : "Sun Jul 17 19:26:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_590 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Brown",
            "screen_name" : "samanthabrown70",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700012302",
            "id" : "700012302"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "164688940251148295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "164688940251148295",
      "created_at" : "Sat Jul 16 14:02:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@samanthabrown70 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "840881163485212577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "840881163485212577",
      "created_at" : "Sat Jul 16 12:19:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Wright",
            "screen_name" : "wrighta",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700050746",
            "id" : "700050746"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "603884149346469851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "603884149346469851",
      "created_at" : "Fri Jul 15 10:43:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@wrighta See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "775603855256349570",
      "in_reply_to_status_id" : "775603855256349570",
      "in_reply_to_user_id" : "700050746",
      "in_reply_to_user_id_str" : "700050746",
      "in_reply_to_screen_name" : "wrighta"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "213861164503479380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "213861164503479380",
      "created_at" : "Thu Jul 14 23:02:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Martínez",
            "screen_name" : "martinezr",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070542",
            "id" : "700070542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "709824056867825300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "709824056867825300",
      "created_at" : "Thu Jul 14 11:53:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@martinezr Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "337674991087074854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "337674991087074854",
      "created_at" : "Wed Jul 13 15:19:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Brown",
            "screen_name" : "samanthabrown70",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700012302",
            "id" : "700012302"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "246598833558101926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "246598833558101926",
      "created_at" : "Tue Jul 12 19:02:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@samanthabrown70 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "299947746781061037",
      "in_reply_to_status_id" : "299947746781061037",
      "in_reply_to_user_id" : "700012302",
      "in_reply_to_user_id_str" : "700012302",
      "in_reply_to_screen_name" : "samanthabrown70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Sánchez",
            "screen_name" : "sanchezr",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700157188",
            "id" : "700157188"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1120995284148434700",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1120995284148434700",
      "created_at" : "Tue Jul 12 12:41:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@sanchezr Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1082405486261743968",
      "in_reply_to_status_id" : "1082405486261743968",
      "in_reply_to_user_id" : "700157188",
      "in_reply_to_user_id_str" : "700157188",
      "in_reply_to_screen_name" : "sanchezr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Martínez",
            "screen_name" : "martinezr",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070542",
            "id" : "700070542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "983232549238918891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "983232549238918891",
      "created_at" : "Sat Jul 09 19:23:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@martinezr Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Wright",
            "screen_name" : "michael.wright",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700030236",
            "id" : "700030236"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "211447744423595280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "211447744423595280",
      "created_at" : "Fri Jul 08 04:02:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.wright Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Becker ❤️",
            "screen_name" : "lukas_becker",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117092",
            "id" : "700117092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "392264675812766281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "392264675812766281",
      "created_at" : "Thu Jul 07 18:08:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@lukas_becker Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1024435423713468590",
      "in_reply_to_status_id" : "1024435423713468590",
      "in_reply_to_user_id" : "700117092",
      "in_reply_to_user_id_str" : "700117092",
      "in_reply_to_screen_name" : "lukas_becker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Arjun Sharma",
            "screen_name" : "arjunsharma42",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700114250",
            "id" : "700114250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "292745995638557236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "292745995638557236",
      "created_at" : "Thu Jul 07 08:23:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@arjunsharma42 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Волкова",
            "screen_name" : "rus_441",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700065208",
            "id" : "700065208"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "3383031893900375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "3383031893900375",
      "created_at" : "Wed Jul 06 22:41:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_441 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周洋",
            "screen_name" : "chi_110",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700124659",
            "id" : "700124659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "391576657305644763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "391576657305644763",
      "created_at" : "Tue Jul 05 23:00:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_110 Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Johnson 🌈",
            "screen_name" : "rebecca.johnson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700145589",
            "id" : "700145589"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "668977011019658321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "668977011019658321",
      "created_at" : "Sun Jul 03 17:55:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@rebecca.johnson Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "799362049573703693",
      "in_reply_to_status_id" : "799362049573703693",
      "in_reply_to_user_id" : "700145589",
      "in_reply_to_user_id_str" : "700145589",
      "in_reply_to_screen_name" : "rebecca.johnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周洋",
            "screen_name" : "chi_110",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700124659",
            "id" : "700124659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "841992196760449198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "841992196760449198",
      "created_at" : "Thu Jun 30 09:14:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_110 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "658929651394073677",
      "in_reply_to_status_id" : "658929651394073677",
      "in_reply_to_user_id" : "700124659",
      "in_reply_to_user_id_str" : "700124659",
      "in_reply_to_screen_name" : "chi_110"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周洋",
            "screen_name" : "chi_110",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700124659",
            "id" : "700124659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1071390706509044519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1071390706509044519",
      "created_at" : "Wed Jun 29 13:24:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_110 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "138640568244424792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "138640568244424792",
      "created_at" : "Sat Jun 25 21:30:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Güneş",
            "screen_name" : "gokhan_gunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700152337",
            "id" : "700152337"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "226210397795695325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "226210397795695325",
      "created_at" : "Fri Jun 24 22:40:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhan_gunes Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "255680713465428404",
      "in_reply_to_status_id" : "255680713465428404",
      "in_reply_to_user_id" : "700152337",
      "in_reply_to_user_id_str" : "700152337",
      "in_reply_to_screen_name" : "gokhan_gunes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "579758913661852682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "579758913661852682",
      "created_at" : "Thu Jun 23 20:52:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "111509167160181537",
      "in_reply_to_status_id" : "111509167160181537",
      "in_reply_to_user_id" : "700076282",
      "in_reply_to_user_id_str" : "700076282",
      "in_reply_to_screen_name" : "robinsonm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Krüger",
            "screen_name" : "krugerj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700058894",
            "id" : "700058894"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "285924896264953632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "285924896264953632",
      "created_at" : "Thu Jun 23 13:22:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@krugerj I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周洋",
            "screen_name" : "chi_110",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700124659",
            "id" : "700124659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "463963932617651946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "463963932617651946",
      "created_at" : "Fri Jun 17 17:11:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_110 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "187856876966330508",
      "in_reply_to_status_id" : "187856876966330508",
      "in_reply_to_user_id" : "700124659",
      "in_reply_to_user_id_str" : "700124659",
      "in_reply_to_screen_name" : "chi_110"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "856846623770808836",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "856846623770808836",
      "created_at" : "Thu Jun 16 02:14:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "903003469274863622",
      "in_reply_to_status_id" : "903003469274863622",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jürgen Krüger",
            "screen_name" : "krugerj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700058894",
            "id" : "700058894"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1085229619016660430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1085229619016660430",
      "created_at" : "Wed Jun 15 17:45:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@krugerj Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "502743594209540162",
      "in_reply_to_status_id" : "502743594209540162",
      "in_reply_to_user_id" : "700058894",
      "in_reply_to_user_id_str" : "700058894",
      "in_reply_to_screen_name" : "krugerj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700005351",
            "id" : "700005351"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "994987363872835628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "994987363872835628",
      "created_at" : "Mon Jun 13 04:16:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@jose.garcia Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Robinson",
            "screen_name" : "sarah.robinson",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700159253",
            "id" : "700159253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "749650100868290122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "749650100868290122",
      "created_at" : "Sun Jun 12 12:24:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah.robinson شكرا جزيلا",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "gomezm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019092",
            "id" : "700019092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "259113477907184410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "259113477907184410",
      "created_at" : "Wed Jun 08 13:34:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@gomezm Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Beth Wright",
            "screen_name" : "elizabeth.wright",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700155277",
            "id" : "700155277"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "375899051537545255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "375899051537545255",
      "created_at" : "Sun Jun 05 10:35:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@elizabeth.wright See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "961031289447085361",
      "in_reply_to_status_id" : "961031289447085361",
      "in_reply_to_user_id" : "700155277",
      "in_reply_to_user_id_str" : "700155277",
      "in_reply_to_screen_name" : "elizabeth.wright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Güneş",
            "screen_name" : "gokhan_gunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700152337",
            "id" : "700152337"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "811805326958924078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "811805326958924078",
      "created_at" : "Fri Jun 03 20:19:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhan_gunes Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "995413678880174577",
      "in_reply_to_status_id" : "995413678880174577",
      "in_reply_to_user_id" : "700152337",
      "in_reply_to_user_id_str" : "700152337",
      "in_reply_to_screen_name" : "gokhan_gunes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Orsolya",
            "screen_name" : "halo",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700109357",
            "id" : "700109357"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "217820938111343661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "217820938111343661",
      "created_at" : "Thu Jun 02 18:11:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@halo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "85979431326499175",
      "in_reply_to_status_id" : "85979431326499175",
      "in_reply_to_user_id" : "700109357",
      "in_reply_to_user_id_str" : "700109357",
      "in_reply_to_screen_name" : "halo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1066257385649187292",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1066257385649187292",
      "created_at" : "Wed Jun 01 01:23:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "451308649697824147",
      "in_reply_to_status_id" : "451308649697824147",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "3200680755500505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "3200680755500505",
      "created_at" : "Mon May 30 21:40:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "481541594749509139",
      "in_reply_to_status_id" : "481541594749509139",
      "in_reply_to_user_id" : "700158539",
      "in_reply_to_user_id_str" : "700158539",
      "in_reply_to_screen_name" : "michael.walker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "195247444983976025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "195247444983976025",
      "created_at" : "Mon May 30 06:36:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مريم الخطيب",
            "screen_name" : "849a",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700090527",
            "id" : "700090527"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "710035576049949154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710035576049949154",
      "created_at" : "Sun May 29 19:18:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@849a Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fehér Dénes",
            "screen_name" : "feherd",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031762",
            "id" : "700031762"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "620506004154235442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "620506004154235442",
      "created_at" : "Thu May 26 23:43:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@feherd Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1106519556130918401",
      "in_reply_to_status_id" : "1106519556130918401",
      "in_reply_to_user_id" : "700031762",
      "in_reply_to_user_id_str" : "700031762",
      "in_reply_to_screen_name" : "feherd"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Wright",
            "screen_name" : "wrighta",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700050746",
            "id" : "700050746"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "260963007643319618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "260963007643319618",
      "created_at" : "Tue May 24 01:30:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@wrighta Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "821535821498803336",
      "in_reply_to_status_id" : "821535821498803336",
      "in_reply_to_user_id" : "700050746",
      "in_reply_to_user_id_str" : "700050746",
      "in_reply_to_screen_name" : "wrighta"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zoë Lefèvre",
            "screen_name" : "zoelefevre38",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700062856",
            "id" : "700062856"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "603304105897392370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "603304105897392370",
      "created_at" : "Sun May 22 19:11:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@zoelefevre38 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "965270638606724482",
      "in_reply_to_status_id" : "965270638606724482",
      "in_reply_to_user_id" : "700062856",
      "in_reply_to_user_id_str" : "700062856",
      "in_reply_to_screen_name" : "zoelefevre38"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meera Reddy",
            "screen_name" : "reddym",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700099991",
            "id" : "700099991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1110759168341839892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1110759168341839892",
      "created_at" : "Thu May 19 20:27:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@reddym Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sasha Wright",
            "screen_name" : "alexander.wright",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700073496",
            "id" : "700073496"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "774446006291484830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "774446006291484830",
      "created_at" : "Mon May 16 20:27:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexander.wright Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "930391179036715315",
      "in_reply_to_status_id" : "930391179036715315",
      "in_reply_to_user_id" : "700073496",
      "in_reply_to_user_id_str" : "700073496",
      "in_reply_to_screen_name" : "alexander.wright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Nowak",
            "screen_name" : "nowakb",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700115482",
            "id" : "700115482"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "340917164238239575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "340917164238239575",
      "created_at" : "Sun May 15 02:43:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@nowakb Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "81483358547194884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "81483358547194884",
      "created_at" : "Sat May 14 22:55:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "439975680922972529",
      "in_reply_to_status_id" : "439975680922972529",
      "in_reply_to_user_id" : "700076282",
      "in_reply_to_user_id_str" : "700076282",
      "in_reply_to_screen_name" : "robinsonm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "佐藤翔",
            "screen_name" : "jap81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700143671",
            "id" : "700143671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1058667991562869540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1058667991562869540",
      "created_at" : "Fri May 06 09:51:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap81349 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "766492831105379697",
      "in_reply_to_status_id" : "766492831105379697",
      "in_reply_to_user_id" : "700143671",
      "in_reply_to_user_id_str" : "700143671",
      "in_reply_to_screen_name" : "jap81349"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matt Robinson",
            "screen_name" : "robinsonm",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700076282",
            "id" : "700076282"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "731277168605688504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731277168605688504",
      "created_at" : "Fri May 06 01:05:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@robinsonm Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681443276044780784",
      "in_reply_to_status_id" : "681443276044780784",
      "in_reply_to_user_id" : "700076282",
      "in_reply_to_user_id_str" : "700076282",
      "in_reply_to_screen_name" : "robinsonm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás García",
            "screen_name" : "garciat",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700026652",
            "id" : "700026652"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "615639007272770822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "615639007272770822",
      "created_at" : "Thu May 05 01:53:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@garciat Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "311224303290583433",
      "in_reply_to_status_id" : "311224303290583433",
      "in_reply_to_user_id" : "700026652",
      "in_reply_to_user_id_str" : "700026652",
      "in_reply_to_screen_name" : "garciat"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás García",
            "screen_name" : "garciat",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700026652",
            "id" : "700026652"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "840389481084771149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "840389481084771149",
      "created_at" : "Mon May 02 06:43:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@garciat Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "782600669102351228",
      "in_reply_to_status_id" : "782600669102351228",
      "in_reply_to_user_id" : "700026652",
      "in_reply_to_user_id_str" : "700026652",
      "in_reply_to_screen_name" : "garciat"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Becca Wright",
            "screen_name" : "rebecca_wright",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700103519",
            "id" : "700103519"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1070914791401482462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1070914791401482462",
      "created_at" : "Sun May 01 11:22:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@rebecca_wright Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fehér Dénes",
            "screen_name" : "feherd",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031762",
            "id" : "700031762"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "745687924328893506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "745687924328893506",
      "created_at" : "Fri Apr 29 06:31:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@feherd Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meera Reddy",
            "screen_name" : "reddym",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700099991",
            "id" : "700099991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "791713863562369971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "791713863562369971",
      "created_at" : "Thu Apr 28 15:55:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@reddym Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "993877023653369707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "993877023653369707",
      "created_at" : "Wed Apr 27 04:54:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1046351275373550986",
      "in_reply_to_status_id" : "1046351275373550986",
      "in_reply_to_user_id" : "700073671",
      "in_reply_to_user_id_str" : "700073671",
      "in_reply_to_screen_name" : "burak_aydin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meera Reddy",
            "screen_name" : "reddym",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700099991",
            "id" : "700099991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "194160928604781685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "194160928604781685",
      "created_at" : "Tue Apr 26 13:21:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@reddym Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "916867408486791935",
      "in_reply_to_status_id" : "916867408486791935",
      "in_reply_to_user_id" : "700099991",
      "in_reply_to_user_id_str" : "700099991",
      "in_reply_to_screen_name" : "reddym"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "852376838453403268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "852376838453403268",
      "created_at" : "Sat Apr 23 04:00:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "321398544113607678",
      "in_reply_to_status_id" : "321398544113607678",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "1020604455812493586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1020604455812493586",
      "created_at" : "Thu Apr 21 19:22:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "557151287720258689",
      "in_reply_to_status_id" : "557151287720258689",
      "in_reply_to_user_id" : "700080475",
      "in_reply_to_user_id_str" : "700080475",
      "in_reply_to_screen_name" : "gokhanerdogan91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "204718112627858992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "204718112627858992",
      "created_at" : "Wed Apr 20 00:13:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "878720931401752517",
      "in_reply_to_status_id" : "878720931401752517",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Smith 🇺🇦",
            "screen_name" : "smithj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031321",
            "id" : "700031321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "172454320726038243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "172454320726038243",
      "created_at" : "Mon Apr 18 03:33:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@smithj See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "417531911384956946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "417531911384956946",
      "created_at" : "Sat Apr 16 19:00:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "12141278512497170",
      "in_reply_to_status_id" : "12141278512497170",
      "in_reply_to_user_id" : "700073671",
      "in_reply_to_user_id_str" : "700073671",
      "in_reply_to_screen_name" : "burak_aydin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Arjun Sharma",
            "screen_name" : "arjunsharma42",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700114250",
            "id" : "700114250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "585102651488829469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "585102651488829469",
      "created_at" : "Sat Apr 16 08:39:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@arjunsharma42 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "322301028274185694",
      "in_reply_to_status_id" : "322301028274185694",
      "in_reply_to_user_id" : "700114250",
      "in_reply_to_user_id_str" : "700114250",
      "in_reply_to_screen_name" : "arjunsharma42"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sanjay Patel",
            "screen_name" : "sanjaypatel26",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700041590",
            "id" : "700041590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "658012682700480518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "658012682700480518",
      "created_at" : "Fri Apr 15 12:27:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@sanjaypatel26 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Robinson",
            "screen_name" : "sarah.robinson",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700159253",
            "id" : "700159253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "121427634530952183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "121427634530952183",
      "created_at" : "Wed Apr 13 12:40:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah.robinson Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "28737254436877562",
      "in_reply_to_status_id" : "28737254436877562",
      "in_reply_to_user_id" : "700159253",
      "in_reply_to_user_id_str" : "700159253",
      "in_reply_to_screen_name" : "sarah.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Boucher",
            "screen_name" : "noemie.boucher",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700141340",
            "id" : "700141340"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "518741968739604100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "518741968739604100",
      "created_at" : "Wed Apr 13 00:39:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@noemie.boucher Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Águeda Fernández",
            "screen_name" : "aguedafernandez10",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700113949",
            "id" : "700113949"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "741077153674801356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "741077153674801356",
      "created_at" : "Tue Apr 12 03:42:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@aguedafernandez10 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "921671774776998389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "921671774776998389",
      "created_at" : "Wed Apr 06 08:52:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "1049471762602819356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1049471762602819356",
      "created_at" : "Sun Apr 03 21:36:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin धन्यवाद",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "978592041835371618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "978592041835371618",
      "created_at" : "Thu Mar 31 20:59:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1088345761302489473",
      "in_reply_to_status_id" : "1088345761302489473",
      "in_reply_to_user_id" : "700006947",
      "in_reply_to_user_id_str" : "700006947",
      "in_reply_to_screen_name" : "alexandertaylor74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Wright",
            "screen_name" : "jessicawright61",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700047120",
            "id" : "700047120"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "946116865140952119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "946116865140952119",
      "created_at" : "Thu Mar 31 00:09:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@jessicawright61 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "191291099256733430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "191291099256733430",
      "created_at" : "Tue Mar 29 10:13:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Happy birthday! 🎂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1103034396747578187",
      "in_reply_to_status_id" : "1103034396747578187",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "388720815746797127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "388720815746797127",
      "created_at" : "Sat Mar 26 18:16:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "61822750766708027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "61822750766708027",
      "created_at" : "Sat Mar 26 02:33:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "414668313286286915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "414668313286286915",
      "created_at" : "Wed Mar 23 16:56:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "377442004991152670",
      "in_reply_to_status_id" : "377442004991152670",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Magnus Holmström",
            "screen_name" : "magnus.holmstrom",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700127886",
            "id" : "700127886"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "406092221078843200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "406092221078843200",
      "created_at" : "Mon Mar 21 00:15:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@magnus.holmstrom Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1127510947011744197",
      "in_reply_to_status_id" : "1127510947011744197",
      "in_reply_to_user_id" : "700127886",
      "in_reply_to_user_id_str" : "700127886",
      "in_reply_to_screen_name" : "magnus.holmstrom"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "636944041260178329",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "636944041260178329",
      "created_at" : "Sun Mar 20 14:43:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "847718083497255305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "847718083497255305",
      "created_at" : "Sat Mar 19 16:11:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "345285861815301896",
      "in_reply_to_status_id" : "345285861815301896",
      "in_reply_to_user_id" : "700073671",
      "in_reply_to_user_id_str" : "700073671",
      "in_reply_to_screen_name" : "burak_aydin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Wójcik",
            "screen_name" : "pawelwojcik71",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700028395",
            "id" : "700028395"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "530942315077495043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "530942315077495043",
      "created_at" : "Fri Mar 18 02:29:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@pawelwojcik71 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1060416624221501119",
      "in_reply_to_status_id" : "1060416624221501119",
      "in_reply_to_user_id" : "700028395",
      "in_reply_to_user_id_str" : "700028395",
      "in_reply_to_screen_name" : "pawelwojcik71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "330920739583894120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "330920739583894120",
      "created_at" : "Thu Mar 17 08:12:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Boucher",
            "screen_name" : "noemie.boucher",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700141340",
            "id" : "700141340"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "172027615443361051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "172027615443361051",
      "created_at" : "Wed Mar 16 01:18:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@noemie.boucher See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "163664685329009711",
      "in_reply_to_status_id" : "163664685329009711",
      "in_reply_to_user_id" : "700141340",
      "in_reply_to_user_id_str" : "700141340",
      "in_reply_to_screen_name" : "noemie.boucher"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Magnus Holmström",
            "screen_name" : "magnus.holmstrom",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700127886",
            "id" : "700127886"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "655581944713349380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "655581944713349380",
      "created_at" : "Sat Mar 12 15:02:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@magnus.holmstrom I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "185212025002533374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "185212025002533374",
      "created_at" : "Fri Mar 04 11:23:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "663715919881612017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "663715919881612017",
      "created_at" : "Fri Mar 04 03:47:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1076723925982587967",
      "in_reply_to_status_id" : "1076723925982587967",
      "in_reply_to_user_id" : "700158539",
      "in_reply_to_user_id_str" : "700158539",
      "in_reply_to_screen_name" : "michael.walker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1119939250115538314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1119939250115538314",
      "created_at" : "Wed Mar 02 20:01:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "286710694293551664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "286710694293551664",
      "created_at" : "Tue Mar 01 00:57:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@thompsonv Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "496377114121592215",
      "in_reply_to_status_id" : "496377114121592215",
      "in_reply_to_user_id" : "700112311",
      "in_reply_to_user_id_str" : "700112311",
      "in_reply_to_screen_name" : "thompsonv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Johnson 🌈",
            "screen_name" : "rebecca.johnson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700145589",
            "id" : "700145589"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "458577871764695649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "458577871764695649",
      "created_at" : "Sat Feb 27 12:37:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@rebecca.johnson Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1143922825425871610",
      "in_reply_to_status_id" : "1143922825425871610",
      "in_reply_to_user_id" : "700145589",
      "in_reply_to_user_id_str" : "700145589",
      "in_reply_to_screen_name" : "rebecca.johnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maximilian Weiß",
            "screen_name" : "maximilianweiss91",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700033666",
            "id" : "700033666"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "272054087300573929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "272054087300573929",
      "created_at" : "Tue Feb 23 23:54:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@maximilianweiss91 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "549092626230428631",
      "in_reply_to_status_id" : "549092626230428631",
      "in_reply_to_user_id" : "700033666",
      "in_reply_to_user_id_str" : "700033666",
      "in_reply_to_screen_name" : "maximilianweiss91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Burak Aydın",
            "screen_name" : "burak_aydin",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700073671",
            "id" : "700073671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "876237584507781728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "876237584507781728",
      "created_at" : "Tue Feb 23 11:16:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@burak_aydin Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "15646951342070970",
      "in_reply_to_status_id" : "15646951342070970",
      "in_reply_to_user_id" : "700073671",
      "in_reply_to_user_id_str" : "700073671",
      "in_reply_to_screen_name" : "burak_aydin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "424871025173392086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "424871025173392086",
      "created_at" : "Mon Feb 22 14:15:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "300964418306031637",
      "in_reply_to_status_id" : "300964418306031637",
      "in_reply_to_user_id" : "700050935",
      "in_reply_to_user_id_str" : "700050935",
      "in_reply_to_screen_name" : "andrewrobinson43"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Smith 🇺🇦",
            "screen_name" : "smithj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031321",
            "id" : "700031321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "917223854295980329",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "917223854295980329",
      "created_at" : "Fri Feb 19 14:22:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@smithj Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "509070267296703227",
      "in_reply_to_status_id" : "509070267296703227",
      "in_reply_to_user_id" : "700031321",
      "in_reply_to_user_id_str" : "700031321",
      "in_reply_to_screen_name" : "smithj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Águeda Fernández",
            "screen_name" : "aguedafernandez10",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700113949",
            "id" : "700113949"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "219217498869289466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "219217498869289466",
      "created_at" : "Wed Feb 17 09:50:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@aguedafernandez10 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "772812482291944231",
      "in_reply_to_status_id" : "772812482291944231",
      "in_reply_to_user_id" : "700113949",
      "in_reply_to_user_id_str" : "700113949",
      "in_reply_to_screen_name" : "aguedafernandez10"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "佐藤翔",
            "screen_name" : "jap81349",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700143671",
            "id" : "700143671"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "417183207271487576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "417183207271487576",
      "created_at" : "Tue Feb 16 19:39:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap81349 Köszönöm szépen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "660294226420334567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "660294226420334567",
      "created_at" : "Tue Feb 16 03:50:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@jose.pena Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1067884837695909810",
      "in_reply_to_status_id" : "1067884837695909810",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inês Conceição",
            "screen_name" : "conceicaoi",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700039000",
            "id" : "700039000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "841357915358555474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "841357915358555474",
      "created_at" : "Wed Feb 10 06:57:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@conceicaoi Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "672873537575848262",
      "in_reply_to_status_id" : "672873537575848262",
      "in_reply_to_user_id" : "700039000",
      "in_reply_to_user_id_str" : "700039000",
      "in_reply_to_screen_name" : "conceicaoi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Wright",
            "screen_name" : "sarah_wright",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700033344",
            "id" : "700033344"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "121142812017476673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "121142812017476673",
      "created_at" : "Tue Feb 09 05:11:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@sarah_wright Congrats on the new job! 🎉",
      "lang" : "en",
      "in_reply_to_status_id_str" : "621185073553212693",
      "in_reply_to_status_id" : "621185073553212693",
      "in_reply_to_user_id" : "700033344",
      "in_reply_to_user_id_str" : "700033344",
      "in_reply_to_screen_name" : "sarah_wright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "563296477202953879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "563296477202953879",
      "created_at" : "Mon Feb 08 19:53:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "800333982295687138",
      "in_reply_to_status_id" : "800333982295687138",
      "in_reply_to_user_id" : "700080475",
      "in_reply_to_user_id_str" : "700080475",
      "in_reply_to_screen_name" : "gokhanerdogan91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Günther Krüger",
            "screen_name" : "gunther_kruger",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700023397",
            "id" : "700023397"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "362774196784705783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "362774196784705783",
      "created_at" : "Mon Feb 08 09:14:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@gunther_kruger Çok teşekkürler",
      "lang" : "en",
      "in_reply_to_status_id_str" : "747849425517172178",
      "in_reply_to_status_id" : "747849425517172178",
      "in_reply_to_user_id" : "700023397",
      "in_reply_to_user_id_str" : "700023397",
      "in_reply_to_screen_name" : "gunther_kruger"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "35012821715119396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "35012821715119396",
      "created_at" : "Fri Feb 05 11:37:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "352706970328938261",
      "in_reply_to_status_id" : "352706970328938261",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "856892931420688602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "856892931420688602",
      "created_at" : "Thu Feb 04 13:23:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "571578731123825585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "571578731123825585",
      "created_at" : "Wed Feb 03 15:33:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Mazur",
            "screen_name" : "pawelmazur17",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700044635",
            "id" : "700044635"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "475699230930024151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "475699230930024151",
      "created_at" : "Wed Feb 03 08:21:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@pawelmazur17 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "447744605306278772",
      "in_reply_to_status_id" : "447744605306278772",
      "in_reply_to_user_id" : "700044635",
      "in_reply_to_user_id_str" : "700044635",
      "in_reply_to_screen_name" : "pawelmazur17"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inês Conceição",
            "screen_name" : "conceicaoi",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700039000",
            "id" : "700039000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "771136618792580642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "771136618792580642",
      "created_at" : "Mon Feb 01 14:13:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@conceicaoi Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "855241887034596458",
      "in_reply_to_status_id" : "855241887034596458",
      "in_reply_to_user_id" : "700039000",
      "in_reply_to_user_id_str" : "700039000",
      "in_reply_to_screen_name" : "conceicaoi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "459475077488052085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "459475077488052085",
      "created_at" : "Mon Feb 01 13:14:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "660440380236393656",
      "in_reply_to_status_id" : "660440380236393656",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "810982342380056884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "810982342380056884",
      "created_at" : "Mon Feb 01 04:18:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "981530392571288895",
      "in_reply_to_status_id" : "981530392571288895",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Mazur",
            "screen_name" : "pawelmazur17",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700044635",
            "id" : "700044635"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1126289151606979965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1126289151606979965",
      "created_at" : "Mon Feb 01 02:35:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@pawelmazur17 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "238435852231741832",
      "in_reply_to_status_id" : "238435852231741832",
      "in_reply_to_user_id" : "700044635",
      "in_reply_to_user_id_str" : "700044635",
      "in_reply_to_screen_name" : "pawelmazur17"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1010922261751849504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1010922261751849504",
      "created_at" : "Sun Jan 31 04:47:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Happy birthday! 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "975428041162462699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "975428041162462699",
      "created_at" : "Sun Jan 31 03:43:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "595299123300321347",
      "in_reply_to_status_id" : "595299123300321347",
      "in_reply_to_user_id" : "700006947",
      "in_reply_to_user_id_str" : "700006947",
      "in_reply_to_screen_name" : "alexandertaylor74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "877395274620254810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "877395274620254810",
      "created_at" : "Fri Jan 29 21:21:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "877123438288514557",
      "in_reply_to_status_id" : "877123438288514557",
      "in_reply_to_user_id" : "700050935",
      "in_reply_to_user_id_str" : "700050935",
      "in_reply_to_screen_name" : "andrewrobinson43"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "934197577540936954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "934197577540936954",
      "created_at" : "Fri Jan 29 05:07:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1092343891064217351",
      "in_reply_to_status_id" : "1092343891064217351",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Johnson",
            "screen_name" : "james.johnson",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700162872",
            "id" : "700162872"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "659554359941464767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "659554359941464767",
      "created_at" : "Tue Jan 26 21:52:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@james.johnson OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Victoria Walker",
            "screen_name" : "walkerv",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700160513",
            "id" : "700160513"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "60557359441406644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "60557359441406644",
      "created_at" : "Tue Jan 26 12:08:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@walkerv OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1076633719665026098",
      "in_reply_to_status_id" : "1076633719665026098",
      "in_reply_to_user_id" : "700160513",
      "in_reply_to_user_id_str" : "700160513",
      "in_reply_to_screen_name" : "walkerv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Berg",
            "screen_name" : "hakon.berg",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700034730",
            "id" : "700034730"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "934015925950721986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "934015925950721986",
      "created_at" : "Mon Jan 25 14:22:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@hakon.berg Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1100113185565850812",
      "in_reply_to_status_id" : "1100113185565850812",
      "in_reply_to_user_id" : "700034730",
      "in_reply_to_user_id_str" : "700034730",
      "in_reply_to_screen_name" : "hakon.berg"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "766497788547621152",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "766497788547621152",
      "created_at" : "Sun Jan 24 20:49:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@robert.taylor Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1026209756437807087",
      "in_reply_to_status_id" : "1026209756437807087",
      "in_reply_to_user_id" : "700048303",
      "in_reply_to_user_id_str" : "700048303",
      "in_reply_to_screen_name" : "robert.taylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "334545832428052131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "334545832428052131",
      "created_at" : "Fri Jan 22 03:10:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1075160844810206050",
      "in_reply_to_status_id" : "1075160844810206050",
      "in_reply_to_user_id" : "700080475",
      "in_reply_to_user_id_str" : "700080475",
      "in_reply_to_screen_name" : "gokhanerdogan91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amélie Faure",
            "screen_name" : "amelie.faure",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700119150",
            "id" : "700119150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "393579885357359313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "393579885357359313",
      "created_at" : "Thu Jan 21 18:41:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@amelie.faure Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Becca Wright",
            "screen_name" : "rebecca_wright",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700103519",
            "id" : "700103519"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "254085331423262239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "254085331423262239",
      "created_at" : "Thu Jan 21 14:24:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@rebecca_wright Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1030832898101828328",
      "in_reply_to_status_id" : "1030832898101828328",
      "in_reply_to_user_id" : "700103519",
      "in_reply_to_user_id_str" : "700103519",
      "in_reply_to_screen_name" : "rebecca_wright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吴勇",
            "screen_name" : "chi55296",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700158721",
            "id" : "700158721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1087074045243477215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1087074045243477215",
      "created_at" : "Thu Jan 21 09:02:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi55296 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "163498387709148325",
      "in_reply_to_status_id" : "163498387709148325",
      "in_reply_to_user_id" : "700158721",
      "in_reply_to_user_id_str" : "700158721",
      "in_reply_to_screen_name" : "chi55296"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Hughes",
            "screen_name" : "andrew_hughes",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700029256",
            "id" : "700029256"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "43436697804376147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "43436697804376147",
      "created_at" : "Wed Jan 20 16:32:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrew_hughes Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "139946983678080921",
      "in_reply_to_status_id" : "139946983678080921",
      "in_reply_to_user_id" : "700029256",
      "in_reply_to_user_id_str" : "700029256",
      "in_reply_to_screen_name" : "andrew_hughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Théo Rousseau",
            "screen_name" : "theo.rousseau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088567",
            "id" : "700088567"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "879415648281070788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "879415648281070788",
      "created_at" : "Wed Jan 20 00:06:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@theo.rousseau Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Céline Boucher",
            "screen_name" : "celineboucher89",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700022921",
            "id" : "700022921"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "602005729135254735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "602005729135254735",
      "created_at" : "Tue Jan 19 20:57:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@celineboucher89 That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1026369851727342282",
      "in_reply_to_status_id" : "1026369851727342282",
      "in_reply_to_user_id" : "700022921",
      "in_reply_to_user_id_str" : "700022921",
      "in_reply_to_screen_name" : "celineboucher89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "148704679455557729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "148704679455557729",
      "created_at" : "Mon Jan 18 13:20:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Smith 🇺🇦",
            "screen_name" : "smithj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031321",
            "id" : "700031321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "614526403766541199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "614526403766541199",
      "created_at" : "Sun Jan 17 08:17:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@smithj Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "725202161674215104",
      "in_reply_to_status_id" : "725202161674215104",
      "in_reply_to_user_id" : "700031321",
      "in_reply_to_user_id_str" : "700031321",
      "in_reply_to_screen_name" : "smithj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王敏",
            "screen_name" : "chi.443",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700154402",
            "id" : "700154402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1003928013294484972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1003928013294484972",
      "created_at" : "Sat Jan 16 03:38:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi.443 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "909696491436315413",
      "in_reply_to_status_id" : "909696491436315413",
      "in_reply_to_user_id" : "700154402",
      "in_reply_to_user_id_str" : "700154402",
      "in_reply_to_screen_name" : "chi.443"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "459069815216045438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "459069815216045438",
      "created_at" : "Sat Jan 16 02:57:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@michael.walker Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "817926459274112100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "817926459274112100",
      "created_at" : "Wed Jan 13 15:43:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex Taylor",
            "screen_name" : "alexandertaylor74",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700006947",
            "id" : "700006947"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "735882792846470370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "735882792846470370",
      "created_at" : "Wed Jan 13 13:36:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@alexandertaylor74 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "532386292209356202",
      "in_reply_to_status_id" : "532386292209356202",
      "in_reply_to_user_id" : "700006947",
      "in_reply_to_user_id_str" : "700006947",
      "in_reply_to_screen_name" : "alexandertaylor74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "João Galvão",
            "screen_name" : "joaogalvao19",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700005589",
            "id" : "700005589"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "47902045262750105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "47902045262750105",
      "created_at" : "Wed Jan 13 00:50:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@joaogalvao19 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "838723399298114816",
      "in_reply_to_status_id" : "838723399298114816",
      "in_reply_to_user_id" : "700005589",
      "in_reply_to_user_id_str" : "700005589",
      "in_reply_to_screen_name" : "joaogalvao19"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joanna Wiśniewski",
            "screen_name" : "wisniewskij",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700100663",
            "id" : "700100663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "184574864997562977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "184574864997562977",
      "created_at" : "Mon Jan 11 08:45:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@wisniewskij Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "740671833395297802",
      "in_reply_to_status_id" : "740671833395297802",
      "in_reply_to_user_id" : "700100663",
      "in_reply_to_user_id_str" : "700100663",
      "in_reply_to_screen_name" : "wisniewskij"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ramón Sánchez",
            "screen_name" : "sanchezr",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700157188",
            "id" : "700157188"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "108666775136442628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "108666775136442628",
      "created_at" : "Sun Jan 10 04:49:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@sanchezr Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "765115847581333301",
      "in_reply_to_status_id" : "765115847581333301",
      "in_reply_to_user_id" : "700157188",
      "in_reply_to_user_id_str" : "700157188",
      "in_reply_to_screen_name" : "sanchezr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Samantha Jackson-Reed",
            "screen_name" : "samantha_jacksonreed",
            "indices" : [
              "0",
              "21"
            ],
            "id_str" : "700060833",
            "id" : "700060833"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "222512684258092920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "222512684258092920",
      "created_at" : "Sun Jan 10 03:29:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@samantha_jacksonreed Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "188021969537170345",
      "in_reply_to_status_id" : "188021969537170345",
      "in_reply_to_user_id" : "700060833",
      "in_reply_to_user_id_str" : "700060833",
      "in_reply_to_screen_name" : "samantha_jacksonreed"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "329217093575743137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "329217093575743137",
      "created_at" : "Fri Jan 08 08:37:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "874808437869299017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "874808437869299017",
      "created_at" : "Thu Jan 07 16:55:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "478923715040274226",
      "in_reply_to_status_id" : "478923715040274226",
      "in_reply_to_user_id" : "700108125",
      "in_reply_to_user_id_str" : "700108125",
      "in_reply_to_screen_name" : "zuzanna.lewandowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amélie Faure",
            "screen_name" : "amelie.faure",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700119150",
            "id" : "700119150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1037231216990323817",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1037231216990323817",
      "created_at" : "Thu Jan 07 10:40:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@amelie.faure Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "522775892557896221",
      "in_reply_to_status_id" : "522775892557896221",
      "in_reply_to_user_id" : "700119150",
      "in_reply_to_user_id_str" : "700119150",
      "in_reply_to_screen_name" : "amelie.faure"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Samantha Jackson-Reed",
            "screen_name" : "samantha_jacksonreed",
            "indices" : [
              "0",
              "21"
            ],
            "id_str" : "700060833",
            "id" : "700060833"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "854736869577699382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "854736869577699382",
      "created_at" : "Tue Jan 05 08:17:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@samantha_jacksonreed See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "121704413224436770",
      "in_reply_to_status_id" : "121704413224436770",
      "in_reply_to_user_id" : "700060833",
      "in_reply_to_user_id_str" : "700060833",
      "in_reply_to_screen_name" : "samantha_jacksonreed"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amélie Faure",
            "screen_name" : "amelie.faure",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700119150",
            "id" : "700119150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "852213207639701888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "852213207639701888",
      "created_at" : "Sun Jan 03 20:19:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@amelie.faure I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "963788225468013450",
      "in_reply_to_status_id" : "963788225468013450",
      "in_reply_to_user_id" : "700119150",
      "in_reply_to_user_id_str" : "700119150",
      "in_reply_to_screen_name" : "amelie.faure"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Walker",
            "screen_name" : "michael.walker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700158539",
            "id" : "700158539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "117620954548350518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "117620954548350518",
      "created_at" : "Wed Dec 30 15:11:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@michael.walker Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "233985397208106486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "233985397208106486",
      "created_at" : "Fri Dec 25 19:33:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "580866919981261570",
      "in_reply_to_status_id" : "580866919981261570",
      "in_reply_to_user_id" : "700108125",
      "in_reply_to_user_id_str" : "700108125",
      "in_reply_to_screen_name" : "zuzanna.lewandowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Wójcik",
            "screen_name" : "pawelwojcik71",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700028395",
            "id" : "700028395"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "549383713680411776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "549383713680411776",
      "created_at" : "Thu Dec 24 18:06:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@pawelwojcik71 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "133919797703424994",
      "in_reply_to_status_id" : "133919797703424994",
      "in_reply_to_user_id" : "700028395",
      "in_reply_to_user_id_str" : "700028395",
      "in_reply_to_screen_name" : "pawelwojcik71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amélie Faure",
            "screen_name" : "amelie.faure",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700119150",
            "id" : "700119150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1142243523341091145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1142243523341091145",
      "created_at" : "Thu Dec 24 00:32:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@amelie.faure Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "746749949090385385",
      "in_reply_to_status_id" : "746749949090385385",
      "in_reply_to_user_id" : "700119150",
      "in_reply_to_user_id_str" : "700119150",
      "in_reply_to_screen_name" : "amelie.faure"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sanjay Patel",
            "screen_name" : "sanjaypatel26",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700041590",
            "id" : "700041590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "635309699064016668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "635309699064016668",
      "created_at" : "Mon Dec 21 12:14:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@sanjaypatel26 Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "27439629668361770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "27439629668361770",
      "created_at" : "Sun Dec 20 18:06:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@german.perez Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "591755424022433957",
      "in_reply_to_status_id" : "591755424022433957",
      "in_reply_to_user_id" : "700111870",
      "in_reply_to_user_id_str" : "700111870",
      "in_reply_to_screen_name" : "german.perez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Lemaître",
            "screen_name" : "helene.lemaitre",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700131155",
            "id" : "700131155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "874426390834559604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "874426390834559604",
      "created_at" : "Thu Dec 17 15:51:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@helene.lemaitre Tack så mycket",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gonçalo Guimarães",
            "screen_name" : "goncaloguimaraes79",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700066174",
            "id" : "700066174"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "976429575428225726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "976429575428225726",
      "created_at" : "Thu Dec 17 13:09:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@goncaloguimaraes79 Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Lemaître",
            "screen_name" : "helene.lemaitre",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700131155",
            "id" : "700131155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "792107582192083139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "792107582192083139",
      "created_at" : "Wed Dec 16 08:23:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@helene.lemaitre Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1150728588987764289",
      "in_reply_to_status_id" : "1150728588987764289",
      "in_reply_to_user_id" : "700131155",
      "in_reply_to_user_id_str" : "700131155",
      "in_reply_to_screen_name" : "helene.lemaitre"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inês Conceição",
            "screen_name" : "conceicaoi",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700039000",
            "id" : "700039000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "545923626691867572",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "545923626691867572",
      "created_at" : "Tue Dec 15 21:13:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@conceicaoi Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inês Conceição",
            "screen_name" : "conceicaoi",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700039000",
            "id" : "700039000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "119707042351057294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "119707042351057294",
      "created_at" : "Tue Dec 15 19:36:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@conceicaoi Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Wójcik",
            "screen_name" : "pawelwojcik71",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700028395",
            "id" : "700028395"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1130141102754765859",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1130141102754765859",
      "created_at" : "Mon Dec 14 08:23:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@pawelwojcik71 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "468194057559736325",
      "in_reply_to_status_id" : "468194057559736325",
      "in_reply_to_user_id" : "700028395",
      "in_reply_to_user_id_str" : "700028395",
      "in_reply_to_screen_name" : "pawelwojcik71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Johnson 🌈",
            "screen_name" : "rebecca.johnson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700145589",
            "id" : "700145589"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "836411606923172689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "836411606923172689",
      "created_at" : "Sun Dec 13 19:03:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@rebecca.johnson Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Lemaître",
            "screen_name" : "helene.lemaitre",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700131155",
            "id" : "700131155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1020690293996222151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1020690293996222151",
      "created_at" : "Wed Dec 09 07:04:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@helene.lemaitre Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "108380169638809011",
      "in_reply_to_status_id" : "108380169638809011",
      "in_reply_to_user_id" : "700131155",
      "in_reply_to_user_id_str" : "700131155",
      "in_reply_to_screen_name" : "helene.lemaitre"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "469520431916110928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "469520431916110928",
      "created_at" : "Mon Dec 07 23:59:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@german.perez Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "242880271032853983",
      "in_reply_to_status_id" : "242880271032853983",
      "in_reply_to_user_id" : "700111870",
      "in_reply_to_user_id_str" : "700111870",
      "in_reply_to_screen_name" : "german.perez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sanjay Patel",
            "screen_name" : "sanjaypatel26",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700041590",
            "id" : "700041590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1037132728135323468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1037132728135323468",
      "created_at" : "Sun Dec 06 19:45:04 +0000 2015",
      "favorited" : false,
      "full_text" : "@sanjaypatel26 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paweł Wójcik",
            "screen_name" : "pawelwojcik71",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700028395",
            "id" : "700028395"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1090308837747309319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1090308837747309319",
      "created_at" : "Sun Dec 06 16:39:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@pawelwojcik71 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sanjay Patel",
            "screen_name" : "sanjaypatel26",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700041590",
            "id" : "700041590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "888948767660699024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888948767660699024",
      "created_at" : "Sun Dec 06 12:27:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@sanjaypatel26 Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Günther Krüger",
            "screen_name" : "gunther_kruger",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700023397",
            "id" : "700023397"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "208837184528572968",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "208837184528572968",
      "created_at" : "Sat Dec 05 06:29:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@gunther_kruger Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1054624484154351353",
      "in_reply_to_status_id" : "1054624484154351353",
      "in_reply_to_user_id" : "700023397",
      "in_reply_to_user_id_str" : "700023397",
      "in_reply_to_screen_name" : "gunther_kruger"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "20561051751926265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "20561051751926265",
      "created_at" : "Sun Nov 29 19:54:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Günther Krüger",
            "screen_name" : "gunther_kruger",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700023397",
            "id" : "700023397"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "627071144898796731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "627071144898796731",
      "created_at" : "Sun Nov 29 15:42:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@gunther_kruger Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1022951821788450633",
      "in_reply_to_status_id" : "1022951821788450633",
      "in_reply_to_user_id" : "700023397",
      "in_reply_to_user_id_str" : "700023397",
      "in_reply_to_screen_name" : "gunther_kruger"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Berg",
            "screen_name" : "hakon.berg",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700034730",
            "id" : "700034730"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "846149764320133052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "846149764320133052",
      "created_at" : "Thu Nov 26 21:21:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon.berg Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sanjay Patel",
            "screen_name" : "sanjaypatel26",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700041590",
            "id" : "700041590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "482753110250711403",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "482753110250711403",
      "created_at" : "Tue Nov 24 03:10:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@sanjaypatel26 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "203074956016664277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "203074956016664277",
      "created_at" : "Sat Nov 21 09:18:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrew Robinson",
            "screen_name" : "andrewrobinson43",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700050935",
            "id" : "700050935"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1144946499846148256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1144946499846148256",
      "created_at" : "Fri Nov 20 10:17:13 +0000 2015",
      "favorited" : false,
      "full_text" : "@andrewrobinson43 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi शर्मा",
            "screen_name" : "293i",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700019995",
            "id" : "700019995"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "653403135921140999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "653403135921140999",
      "created_at" : "Wed Nov 18 04:56:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@293i Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "284951780685716647",
      "in_reply_to_status_id" : "284951780685716647",
      "in_reply_to_user_id" : "700019995",
      "in_reply_to_user_id_str" : "700019995",
      "in_reply_to_screen_name" : "293i"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1019705636188327962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1019705636188327962",
      "created_at" : "Sun Nov 15 19:21:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charlotte Green",
            "screen_name" : "greenc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700094846",
            "id" : "700094846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "661784592632454899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "661784592632454899",
      "created_at" : "Thu Nov 12 03:39:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@greenc Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joanna Wiśniewski",
            "screen_name" : "wisniewskij",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700100663",
            "id" : "700100663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1034995377589823316",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1034995377589823316",
      "created_at" : "Thu Nov 12 00:52:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@wisniewskij Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1086338192380737013",
      "in_reply_to_status_id" : "1086338192380737013",
      "in_reply_to_user_id" : "700100663",
      "in_reply_to_user_id_str" : "700100663",
      "in_reply_to_screen_name" : "wisniewskij"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Björn Fuchs",
            "screen_name" : "bjorn.fuchs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700028556",
            "id" : "700028556"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "455692352009947671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "455692352009947671",
      "created_at" : "Tue Nov 10 22:54:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@bjorn.fuchs Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Céline Boucher",
            "screen_name" : "celineboucher89",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700022921",
            "id" : "700022921"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "779581812424558942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "779581812424558942",
      "created_at" : "Mon Nov 09 19:21:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@celineboucher89 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "627493598710448666",
      "in_reply_to_status_id" : "627493598710448666",
      "in_reply_to_user_id" : "700022921",
      "in_reply_to_user_id_str" : "700022921",
      "in_reply_to_screen_name" : "celineboucher89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "620966527859156434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "620966527859156434",
      "created_at" : "Sat Nov 07 05:21:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "103736414124949998",
      "in_reply_to_status_id" : "103736414124949998",
      "in_reply_to_user_id" : "700108125",
      "in_reply_to_user_id_str" : "700108125",
      "in_reply_to_screen_name" : "zuzanna.lewandowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "426145510573535165",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "426145510573535165",
      "created_at" : "Fri Nov 06 04:37:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joanna Wiśniewski",
            "screen_name" : "wisniewskij",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700100663",
            "id" : "700100663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "972995816016885543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "972995816016885543",
      "created_at" : "Tue Nov 03 00:12:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@wisniewskij धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "314368056950368451",
      "in_reply_to_status_id" : "314368056950368451",
      "in_reply_to_user_id" : "700100663",
      "in_reply_to_user_id_str" : "700100663",
      "in_reply_to_screen_name" : "wisniewskij"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Céline Boucher",
            "screen_name" : "celineboucher89",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700022921",
            "id" : "700022921"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "420458270767707391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "420458270767707391",
      "created_at" : "Mon Nov 02 15:57:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@celineboucher89 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "947127762926650551",
      "in_reply_to_status_id" : "947127762926650551",
      "in_reply_to_user_id" : "700022921",
      "in_reply_to_user_id_str" : "700022921",
      "in_reply_to_screen_name" : "celineboucher89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "350351647429485016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "350351647429485016",
      "created_at" : "Thu Oct 29 03:51:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap_1086",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700104156",
            "id" : "700104156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "449873919683113110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "449873919683113110",
      "created_at" : "Tue Oct 27 15:46:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap_1086 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "352517658871078256",
      "in_reply_to_status_id" : "352517658871078256",
      "in_reply_to_user_id" : "700104156",
      "in_reply_to_user_id_str" : "700104156",
      "in_reply_to_screen_name" : "jap_1086"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Smith",
            "screen_name" : "margaret_smith",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700161073",
            "id" : "700161073"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "15587767599871558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "15587767599871558",
      "created_at" : "Tue Oct 27 06:54:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@margaret_smith Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "76836691792588977",
      "in_reply_to_status_id" : "76836691792588977",
      "in_reply_to_user_id" : "700161073",
      "in_reply_to_user_id_str" : "700161073",
      "in_reply_to_screen_name" : "margaret_smith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "65973049286054885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "65973049286054885",
      "created_at" : "Fri Oct 23 20:37:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc شكرا جزيلا",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "103662351911368767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "103662351911368767",
      "created_at" : "Thu Oct 22 16:23:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Happy birthday! 🎂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "916611249303270136",
      "in_reply_to_status_id" : "916611249303270136",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "498455980752411570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "498455980752411570",
      "created_at" : "Thu Oct 22 03:51:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "291942548040320869",
      "in_reply_to_status_id" : "291942548040320869",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "385692659533349359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "385692659533349359",
      "created_at" : "Tue Oct 20 13:10:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王敏",
            "screen_name" : "chi.443",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700154402",
            "id" : "700154402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "221406962618058773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "221406962618058773",
      "created_at" : "Sat Oct 17 11:31:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.443 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "265543605315978904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "265543605315978904",
      "created_at" : "Sat Oct 17 02:56:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1089787341914892922",
      "in_reply_to_status_id" : "1089787341914892922",
      "in_reply_to_user_id" : "700065915",
      "in_reply_to_user_id_str" : "700065915",
      "in_reply_to_screen_name" : "luisaraujo11"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "517134025383331509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "517134025383331509",
      "created_at" : "Wed Oct 14 20:11:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "579273475408135653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "579273475408135653",
      "created_at" : "Mon Oct 12 14:55:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Céline Boucher",
            "screen_name" : "celineboucher89",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700022921",
            "id" : "700022921"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1123184142063657667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1123184142063657667",
      "created_at" : "Mon Oct 12 11:25:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@celineboucher89 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "29800167431304384",
      "in_reply_to_status_id" : "29800167431304384",
      "in_reply_to_user_id" : "700022921",
      "in_reply_to_user_id_str" : "700022921",
      "in_reply_to_screen_name" : "celineboucher89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charlotte Green",
            "screen_name" : "greenc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700094846",
            "id" : "700094846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "959755444704415466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "959755444704415466",
      "created_at" : "Fri Oct 09 22:02:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@greenc Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "63494300949660089",
      "in_reply_to_status_id" : "63494300949660089",
      "in_reply_to_user_id" : "700094846",
      "in_reply_to_user_id_str" : "700094846",
      "in_reply_to_screen_name" : "greenc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "104020136159438813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "104020136159438813",
      "created_at" : "Fri Oct 09 14:26:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "744525721201032356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "744525721201032356",
      "created_at" : "Sat Oct 03 10:50:54 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Tack så mycket",
      "lang" : "en",
      "in_reply_to_status_id_str" : "516757145204248151",
      "in_reply_to_status_id" : "516757145204248151",
      "in_reply_to_user_id" : "700108125",
      "in_reply_to_user_id_str" : "700108125",
      "in_reply_to_screen_name" : "zuzanna.lewandowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "237359374249986059",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "237359374249986059",
      "created_at" : "Wed Sep 30 13:55:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566340773697571780",
      "in_reply_to_status_id" : "566340773697571780",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Robinson",
            "screen_name" : "robinsone",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700082463",
            "id" : "700082463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "824142703423652213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "824142703423652213",
      "created_at" : "Wed Sep 30 02:47:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@robinsone Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1047730377077938307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1047730377077938307",
      "created_at" : "Mon Sep 28 13:03:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "559514389409795619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "559514389409795619",
      "created_at" : "Sat Sep 26 07:18:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Erdoğan",
            "screen_name" : "gokhanerdogan91",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700080475",
            "id" : "700080475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "332034742753236175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "332034742753236175",
      "created_at" : "Thu Sep 24 04:38:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@gokhanerdogan91 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "829665520167066793",
      "in_reply_to_status_id" : "829665520167066793",
      "in_reply_to_user_id" : "700080475",
      "in_reply_to_user_id_str" : "700080475",
      "in_reply_to_screen_name" : "gokhanerdogan91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "822284968448636535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "822284968448636535",
      "created_at" : "Mon Sep 21 05:19:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "757356338727376577",
      "in_reply_to_status_id" : "757356338727376577",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "386551581982384884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "386551581982384884",
      "created_at" : "Sat Sep 19 10:56:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@german.perez Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Björn Becker",
            "screen_name" : "beckerb",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700038279",
            "id" : "700038279"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "604579779638506029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "604579779638506029",
      "created_at" : "Thu Sep 17 18:20:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@beckerb Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "166072952090455134",
      "in_reply_to_status_id" : "166072952090455134",
      "in_reply_to_user_id" : "700038279",
      "in_reply_to_user_id_str" : "700038279",
      "in_reply_to_screen_name" : "beckerb"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Björn Fuchs",
            "screen_name" : "bjorn.fuchs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700028556",
            "id" : "700028556"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "902251614928444876",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "902251614928444876",
      "created_at" : "Thu Sep 17 15:33:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@bjorn.fuchs Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "331304804051602739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "331304804051602739",
      "created_at" : "Wed Sep 16 17:26:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "633805795922893417",
      "in_reply_to_status_id" : "633805795922893417",
      "in_reply_to_user_id" : "700048303",
      "in_reply_to_user_id_str" : "700048303",
      "in_reply_to_screen_name" : "robert.taylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "王敏",
            "screen_name" : "chi.443",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700154402",
            "id" : "700154402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "594069878233509847",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "594069878233509847",
      "created_at" : "Wed Sep 16 16:52:04 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.443 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "257974942654392678",
      "in_reply_to_status_id" : "257974942654392678",
      "in_reply_to_user_id" : "700154402",
      "in_reply_to_user_id_str" : "700154402",
      "in_reply_to_screen_name" : "chi.443"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1076593968491045370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1076593968491045370",
      "created_at" : "Tue Sep 15 17:05:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Tack så mycket",
      "lang" : "en",
      "in_reply_to_status_id_str" : "334709111941663498",
      "in_reply_to_status_id" : "334709111941663498",
      "in_reply_to_user_id" : "700065915",
      "in_reply_to_user_id_str" : "700065915",
      "in_reply_to_screen_name" : "luisaraujo11"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "248797432931384042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "248797432931384042",
      "created_at" : "Tue Sep 15 02:24:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Smith",
            "screen_name" : "margaret_smith",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700161073",
            "id" : "700161073"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "955335550863935671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "955335550863935671",
      "created_at" : "Sat Sep 12 14:10:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@margaret_smith Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "323567484957786448",
      "in_reply_to_status_id" : "323567484957786448",
      "in_reply_to_user_id" : "700161073",
      "in_reply_to_user_id_str" : "700161073",
      "in_reply_to_screen_name" : "margaret_smith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Nowak",
            "screen_name" : "nowakb",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700115482",
            "id" : "700115482"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "801985416843141046",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "801985416843141046",
      "created_at" : "Fri Sep 11 03:35:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@nowakb Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zuzanna Lewandowski",
            "screen_name" : "zuzanna.lewandowski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700108125",
            "id" : "700108125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "549861559042864275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "549861559042864275",
      "created_at" : "Fri Sep 11 03:16:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@zuzanna.lewandowski Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "1015913943124204623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1015913943124204623",
      "created_at" : "Wed Sep 09 19:59:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@german.perez OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "514389814030228865",
      "in_reply_to_status_id" : "514389814030228865",
      "in_reply_to_user_id" : "700111870",
      "in_reply_to_user_id_str" : "700111870",
      "in_reply_to_screen_name" : "german.perez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Fontaine",
            "screen_name" : "fontainen",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700028206",
            "id" : "700028206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "0",
      "id_str" : "6472872790046689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "6472872790046689",
      "created_at" : "Wed Sep 09 14:41:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@fontainen OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1120262498641663958",
      "in_reply_to_status_id" : "1120262498641663958",
      "in_reply_to_user_id" : "700028206",
      "in_reply_to_user_id_str" : "700028206",
      "in_reply_to_screen_name" : "fontainen"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Pérez",
            "screen_name" : "german.perez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111870",
            "id" : "700111870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "215290253880430671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "215290253880430671",
      "created_at" : "Sat Sep 05 00:10:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@german.perez Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "966017657432570260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "966017657432570260",
      "created_at" : "Fri Sep 04 10:30:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "439847648495881094",
      "in_reply_to_status_id" : "439847648495881094",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "944519378487570435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "944519378487570435",
      "created_at" : "Wed Sep 02 07:43:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "73787240039367852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "73787240039367852",
      "created_at" : "Tue Sep 01 11:12:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "黄芳",
            "screen_name" : "chi_1104",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700067245",
            "id" : "700067245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "333073480979799885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "333073480979799885",
      "created_at" : "Sun Aug 23 01:55:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_1104 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "242066225813914162",
      "in_reply_to_status_id" : "242066225813914162",
      "in_reply_to_user_id" : "700067245",
      "in_reply_to_user_id_str" : "700067245",
      "in_reply_to_screen_name" : "chi_1104"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "405632661860168904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "405632661860168904",
      "created_at" : "Wed Aug 19 16:21:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Nowak",
            "screen_name" : "nowakb",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700115482",
            "id" : "700115482"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "571787353544340591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "571787353544340591",
      "created_at" : "Wed Aug 19 02:17:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@nowakb Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "14085214181480749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "14085214181480749",
      "created_at" : "Mon Aug 17 10:52:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "222636436912484035",
      "in_reply_to_status_id" : "222636436912484035",
      "in_reply_to_user_id" : "700065915",
      "in_reply_to_user_id_str" : "700065915",
      "in_reply_to_screen_name" : "luisaraujo11"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "623906350089170256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "623906350089170256",
      "created_at" : "Thu Aug 13 13:08:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "5520451032316240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5520451032316240",
      "created_at" : "Wed Aug 12 10:31:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Köszönöm szépen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Arslan",
            "screen_name" : "emre.arslan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700040463",
            "id" : "700040463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "957000323384918513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "957000323384918513",
      "created_at" : "Tue Aug 11 08:00:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@emre.arslan I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "904488561882997631",
      "in_reply_to_status_id" : "904488561882997631",
      "in_reply_to_user_id" : "700040463",
      "in_reply_to_user_id_str" : "700040463",
      "in_reply_to_screen_name" : "emre.arslan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "265045861370380262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "265045861370380262",
      "created_at" : "Sun Aug 09 13:41:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "398391672760836877",
      "in_reply_to_status_id" : "398391672760836877",
      "in_reply_to_user_id" : "700139289",
      "in_reply_to_user_id_str" : "700139289",
      "in_reply_to_screen_name" : "hakon_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Chloé Dupré",
            "screen_name" : "chloe_dupre",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700117309",
            "id" : "700117309"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "207915803029390336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "207915803029390336",
      "created_at" : "Wed Aug 05 23:50:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@chloe_dupre Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Réka",
            "screen_name" : "reka_gal",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700149425",
            "id" : "700149425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "890378420098104101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "890378420098104101",
      "created_at" : "Tue Jul 28 21:08:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@reka_gal Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1147628189651164123",
      "in_reply_to_status_id" : "1147628189651164123",
      "in_reply_to_user_id" : "700149425",
      "in_reply_to_user_id_str" : "700149425",
      "in_reply_to_screen_name" : "reka_gal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Robinson",
            "screen_name" : "robinsone",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700082463",
            "id" : "700082463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "768394215932141265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "768394215932141265",
      "created_at" : "Mon Jul 27 01:33:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@robinsone Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "92961587299477597",
      "in_reply_to_status_id" : "92961587299477597",
      "in_reply_to_user_id" : "700082463",
      "in_reply_to_user_id_str" : "700082463",
      "in_reply_to_screen_name" : "robinsone"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "黄芳",
            "screen_name" : "chi_1104",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700067245",
            "id" : "700067245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "548784604974954881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "548784604974954881",
      "created_at" : "Sun Jul 26 01:27:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_1104 Ευχαριστώ πολύ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap_1086",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700104156",
            "id" : "700104156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "888614222501929707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888614222501929707",
      "created_at" : "Fri Jul 24 15:04:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap_1086 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "696344504169457227",
      "in_reply_to_status_id" : "696344504169457227",
      "in_reply_to_user_id" : "700104156",
      "in_reply_to_user_id_str" : "700104156",
      "in_reply_to_screen_name" : "jap_1086"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "822219795418848766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "822219795418848766",
      "created_at" : "Fri Jul 24 02:06:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "108750749743868490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "108750749743868490",
      "created_at" : "Tue Jul 21 23:15:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "38615463170416790",
      "in_reply_to_status_id" : "38615463170416790",
      "in_reply_to_user_id" : "700065915",
      "in_reply_to_user_id_str" : "700065915",
      "in_reply_to_screen_name" : "luisaraujo11"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rohan Agarwal",
            "screen_name" : "rohanagarwal31",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700046532",
            "id" : "700046532"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "774207965028121867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "774207965028121867",
      "created_at" : "Tue Jul 21 11:35:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@rohanagarwal31 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "621359154007144503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "621359154007144503",
      "created_at" : "Mon Jul 13 11:18:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "861194967268332786",
      "in_reply_to_status_id" : "861194967268332786",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "96715045588515473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "96715045588515473",
      "created_at" : "Sun Jul 12 17:59:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "986147630550928619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "986147630550928619",
      "created_at" : "Sun Jul 12 17:05:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Réka",
            "screen_name" : "reka_gal",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700149425",
            "id" : "700149425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "124177300134471268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "124177300134471268",
      "created_at" : "Thu Jul 09 07:04:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@reka_gal Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leonor Brandão",
            "screen_name" : "brandaol",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066461",
            "id" : "700066461"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "155853439260829476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "155853439260829476",
      "created_at" : "Thu Jul 09 05:59:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@brandaol See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1126116012481790672",
      "in_reply_to_status_id" : "1126116012481790672",
      "in_reply_to_user_id" : "700066461",
      "in_reply_to_user_id_str" : "700066461",
      "in_reply_to_screen_name" : "brandaol"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "695276243581697482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "695276243581697482",
      "created_at" : "Wed Jul 08 21:53:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "239491041221467850",
      "in_reply_to_status_id" : "239491041221467850",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "939322392462466666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "939322392462466666",
      "created_at" : "Tue Jul 07 12:11:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "872548458160086135",
      "in_reply_to_status_id" : "872548458160086135",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "283205987673065273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "283205987673065273",
      "created_at" : "Sun Jul 05 17:10:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "495503365169806053",
      "in_reply_to_status_id" : "495503365169806053",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap_1086",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700104156",
            "id" : "700104156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "694730360173456439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "694730360173456439",
      "created_at" : "Fri Jul 03 00:00:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap_1086 Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "530796221473525693",
      "in_reply_to_status_id" : "530796221473525693",
      "in_reply_to_user_id" : "700104156",
      "in_reply_to_user_id_str" : "700104156",
      "in_reply_to_screen_name" : "jap_1086"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charlotte Green",
            "screen_name" : "greenc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700094846",
            "id" : "700094846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "562789555354226217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "562789555354226217",
      "created_at" : "Tue Jun 30 21:23:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@greenc Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "405053168833128024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "405053168833128024",
      "created_at" : "Tue Jun 30 02:57:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1133938177192840613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1133938177192840613",
      "created_at" : "Mon Jun 29 11:12:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1053921910079959467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1053921910079959467",
      "created_at" : "Sun Jun 28 02:52:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap33090 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "593827235028637791",
      "in_reply_to_status_id" : "593827235028637791",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "150043570279912194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "150043570279912194",
      "created_at" : "Sat Jun 27 09:04:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "37283921783135993",
      "in_reply_to_status_id" : "37283921783135993",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "1024522973860608630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1024522973860608630",
      "created_at" : "Sat Jun 27 06:49:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "646933003987893465",
      "in_reply_to_status_id" : "646933003987893465",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Thompson",
            "screen_name" : "thompsonc",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700146548",
            "id" : "700146548"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "208894441734931947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "208894441734931947",
      "created_at" : "Sat Jun 27 02:57:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonc Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "648342617796335475",
      "in_reply_to_status_id" : "648342617796335475",
      "in_reply_to_user_id" : "700146548",
      "in_reply_to_user_id_str" : "700146548",
      "in_reply_to_screen_name" : "thompsonc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Berg",
            "screen_name" : "hakonberg49",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700163418",
            "id" : "700163418"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "375146817722086302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "375146817722086302",
      "created_at" : "Fri Jun 26 20:20:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakonberg49 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "714641430333490609",
      "in_reply_to_status_id" : "714641430333490609",
      "in_reply_to_user_id" : "700163418",
      "in_reply_to_user_id_str" : "700163418",
      "in_reply_to_screen_name" : "hakonberg49"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "490108692453400874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "490108692453400874",
      "created_at" : "Sun Jun 21 18:08:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "751550690712342019",
      "in_reply_to_status_id" : "751550690712342019",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Søren Løye",
            "screen_name" : "soren_loye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700129132",
            "id" : "700129132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "580563576215950532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "580563576215950532",
      "created_at" : "Sat Jun 20 18:46:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@soren_loye Haha yes 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιώργος Οικονόμου",
            "screen_name" : "gre_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700089155",
            "id" : "700089155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "564533486891993137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "564533486891993137",
      "created_at" : "Sat Jun 20 15:54:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_220 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "926324888775857008",
      "in_reply_to_status_id" : "926324888775857008",
      "in_reply_to_user_id" : "700089155",
      "in_reply_to_user_id_str" : "700089155",
      "in_reply_to_screen_name" : "gre_220"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "723265278078624577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723265278078624577",
      "created_at" : "Fri Jun 19 07:28:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "136738871295267143",
      "in_reply_to_status_id" : "136738871295267143",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1139827331753500250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139827331753500250",
      "created_at" : "Wed Jun 17 19:13:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "403998438331193849",
      "in_reply_to_status_id" : "403998438331193849",
      "in_reply_to_user_id" : "700048303",
      "in_reply_to_user_id_str" : "700048303",
      "in_reply_to_screen_name" : "robert.taylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "19950775585454019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "19950775585454019",
      "created_at" : "Tue Jun 16 04:09:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Wilson",
            "screen_name" : "emily_wilson",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700157846",
            "id" : "700157846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "910001811610394699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "910001811610394699",
      "created_at" : "Sat Jun 13 21:34:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@emily_wilson Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "393093636063528333",
      "in_reply_to_status_id" : "393093636063528333",
      "in_reply_to_user_id" : "700157846",
      "in_reply_to_user_id_str" : "700157846",
      "in_reply_to_screen_name" : "emily_wilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "388904461658847459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "388904461658847459",
      "created_at" : "Sat Jun 13 17:47:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "756676512581248394",
      "in_reply_to_status_id" : "756676512581248394",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "1078458173026713589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1078458173026713589",
      "created_at" : "Sat Jun 13 01:44:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "785306151209312505",
      "in_reply_to_status_id" : "785306151209312505",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "291189488859293612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "291189488859293612",
      "created_at" : "Thu Jun 11 02:35:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@helene.chevalier Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "359828858672880010",
      "in_reply_to_status_id" : "359828858672880010",
      "in_reply_to_user_id" : "700156999",
      "in_reply_to_user_id_str" : "700156999",
      "in_reply_to_screen_name" : "helene.chevalier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "980454861676030434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "980454861676030434",
      "created_at" : "Sun Jun 07 11:21:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "802786107840378434",
      "in_reply_to_status_id" : "802786107840378434",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "711774503455911129",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "711774503455911129",
      "created_at" : "Sat Jun 06 05:43:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson On my way 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Réka",
            "screen_name" : "reka_gal",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700149425",
            "id" : "700149425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1131617364095642712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1131617364095642712",
      "created_at" : "Tue Jun 02 07:25:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@reka_gal Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1042829631066332764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1042829631066332764",
      "created_at" : "Mon Jun 01 15:28:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Réka",
            "screen_name" : "reka_gal",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700149425",
            "id" : "700149425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "770471680327199104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "770471680327199104",
      "created_at" : "Mon Jun 01 11:17:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@reka_gal Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "502270188908708226",
      "in_reply_to_status_id" : "502270188908708226",
      "in_reply_to_user_id" : "700149425",
      "in_reply_to_user_id_str" : "700149425",
      "in_reply_to_screen_name" : "reka_gal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "584345257686335735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "584345257686335735",
      "created_at" : "Thu May 28 21:15:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "926291885936069219",
      "in_reply_to_status_id" : "926291885936069219",
      "in_reply_to_user_id" : "700139289",
      "in_reply_to_user_id_str" : "700139289",
      "in_reply_to_screen_name" : "hakon_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "900306946146816489",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900306946146816489",
      "created_at" : "Thu May 28 05:33:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Luís Araújo",
            "screen_name" : "luisaraujo11",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700065915",
            "id" : "700065915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "535600304420946432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "535600304420946432",
      "created_at" : "Mon May 25 20:17:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@luisaraujo11 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "202936650419884549",
      "in_reply_to_status_id" : "202936650419884549",
      "in_reply_to_user_id" : "700065915",
      "in_reply_to_user_id_str" : "700065915",
      "in_reply_to_screen_name" : "luisaraujo11"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "518683313771163243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "518683313771163243",
      "created_at" : "Mon May 25 17:37:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "515464294023339101",
      "in_reply_to_status_id" : "515464294023339101",
      "in_reply_to_user_id" : "700139289",
      "in_reply_to_user_id_str" : "700139289",
      "in_reply_to_screen_name" : "hakon_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "684001520656393975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "684001520656393975",
      "created_at" : "Sun May 24 17:17:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1092151131035520283",
      "in_reply_to_status_id" : "1092151131035520283",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Arslan",
            "screen_name" : "emre.arslan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700040463",
            "id" : "700040463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "49087981515465554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "49087981515465554",
      "created_at" : "Sun May 24 17:16:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@emre.arslan Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "651329903165482646",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "651329903165482646",
      "created_at" : "Sat May 23 11:25:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "901483484000515216",
      "in_reply_to_status_id" : "901483484000515216",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1133543048664432574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1133543048664432574",
      "created_at" : "Sat May 23 10:09:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "124563009726651454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "124563009726651454",
      "created_at" : "Sat May 16 03:53:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "491028291435813798",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "491028291435813798",
      "created_at" : "Fri May 15 18:53:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "91472801622225759",
      "in_reply_to_status_id" : "91472801622225759",
      "in_reply_to_user_id" : "700112311",
      "in_reply_to_user_id_str" : "700112311",
      "in_reply_to_screen_name" : "thompsonv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "136873999381263615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "136873999381263615",
      "created_at" : "Thu May 14 23:43:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "446418933205725723",
      "in_reply_to_status_id" : "446418933205725723",
      "in_reply_to_user_id" : "700139289",
      "in_reply_to_user_id_str" : "700139289",
      "in_reply_to_screen_name" : "hakon_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonas Köhler",
            "screen_name" : "kohlerj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700102231",
            "id" : "700102231"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "152665267425457253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "152665267425457253",
      "created_at" : "Thu May 14 15:01:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@kohlerj Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "633654188583387707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "633654188583387707",
      "created_at" : "Tue May 12 15:39:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "632765598846233805",
      "in_reply_to_status_id" : "632765598846233805",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonas Köhler",
            "screen_name" : "kohlerj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700102231",
            "id" : "700102231"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "33653760538142820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "33653760538142820",
      "created_at" : "Tue May 12 12:13:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@kohlerj Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "284362959852567284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "284362959852567284",
      "created_at" : "Tue May 12 00:00:15 +0000 2015",
      "favorited" : false,
      "full_text" : "@aysegunes57 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Johansson",
            "screen_name" : "hakon_johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700139289",
            "id" : "700139289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "301944618192782841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "301944618192782841",
      "created_at" : "Sun May 10 17:08:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakon_johansson Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "796667545835571137",
      "in_reply_to_status_id" : "796667545835571137",
      "in_reply_to_user_id" : "700139289",
      "in_reply_to_user_id_str" : "700139289",
      "in_reply_to_screen_name" : "hakon_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "François Brébion",
            "screen_name" : "francois.brebion",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700144434",
            "id" : "700144434"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "985959584474230860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "985959584474230860",
      "created_at" : "Fri May 08 01:56:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@francois.brebion Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "290952094636729499",
      "in_reply_to_status_id" : "290952094636729499",
      "in_reply_to_user_id" : "700144434",
      "in_reply_to_user_id_str" : "700144434",
      "in_reply_to_screen_name" : "francois.brebion"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Søren Løye",
            "screen_name" : "soren_loye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700129132",
            "id" : "700129132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "672774027974435731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "672774027974435731",
      "created_at" : "Wed May 06 01:21:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@soren_loye Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "58060400465867080",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "58060400465867080",
      "created_at" : "Sat May 02 11:31:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محمد العلي",
            "screen_name" : "ara.962",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700145659",
            "id" : "700145659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "473902916930433260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "473902916930433260",
      "created_at" : "Sat May 02 11:24:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara.962 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "408831917841766168",
      "in_reply_to_status_id" : "408831917841766168",
      "in_reply_to_user_id" : "700145659",
      "in_reply_to_user_id_str" : "700145659",
      "in_reply_to_screen_name" : "ara.962"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "804280304351874661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "804280304351874661",
      "created_at" : "Sun Apr 26 19:55:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "877666473358990225",
      "in_reply_to_status_id" : "877666473358990225",
      "in_reply_to_user_id" : "700048303",
      "in_reply_to_user_id_str" : "700048303",
      "in_reply_to_screen_name" : "robert.taylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "745438504100395334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "745438504100395334",
      "created_at" : "Sun Apr 26 03:51:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "382897769429314147",
      "in_reply_to_status_id" : "382897769429314147",
      "in_reply_to_user_id" : "700048303",
      "in_reply_to_user_id_str" : "700048303",
      "in_reply_to_screen_name" : "robert.taylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Théo Rousseau",
            "screen_name" : "theo.rousseau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088567",
            "id" : "700088567"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "193180422366347696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "193180422366347696",
      "created_at" : "Fri Apr 24 23:13:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@theo.rousseau Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "749132207624147613",
      "in_reply_to_status_id" : "749132207624147613",
      "in_reply_to_user_id" : "700088567",
      "in_reply_to_user_id_str" : "700088567",
      "in_reply_to_screen_name" : "theo.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "310412930472174539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "310412930472174539",
      "created_at" : "Fri Apr 24 13:18:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Günther Schäfer",
            "screen_name" : "schaferg4",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065019",
            "id" : "700065019"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "509498735115845691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "509498735115845691",
      "created_at" : "Thu Apr 23 01:09:21 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferg4 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "213827867348112647",
      "in_reply_to_status_id" : "213827867348112647",
      "in_reply_to_user_id" : "700065019",
      "in_reply_to_user_id_str" : "700065019",
      "in_reply_to_screen_name" : "schaferg4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Håkon Berg",
            "screen_name" : "hakonberg49",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700163418",
            "id" : "700163418"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "41215455924351063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "41215455924351063",
      "created_at" : "Wed Apr 22 06:11:15 +0000 2015",
      "favorited" : false,
      "full_text" : "@hakonberg49 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Evans",
            "screen_name" : "victoriaevans57",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700060735",
            "id" : "700060735"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "399701488400444989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "399701488400444989",
      "created_at" : "Tue Apr 21 20:14:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@victoriaevans57 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "576233079767673756",
      "in_reply_to_status_id" : "576233079767673756",
      "in_reply_to_user_id" : "700060735",
      "in_reply_to_user_id_str" : "700060735",
      "in_reply_to_screen_name" : "victoriaevans57"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "192762741828793069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "192762741828793069",
      "created_at" : "Mon Apr 20 09:40:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "659010570655485210",
      "in_reply_to_status_id" : "659010570655485210",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "560792237424582508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "560792237424582508",
      "created_at" : "Sat Apr 18 22:16:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1107164112517636650",
      "in_reply_to_status_id" : "1107164112517636650",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "731708297129185138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731708297129185138",
      "created_at" : "Tue Apr 14 16:51:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "158819649949402065",
      "in_reply_to_status_id" : "158819649949402065",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charlotte Green",
            "screen_name" : "greenc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700094846",
            "id" : "700094846"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1001596966083919504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1001596966083919504",
      "created_at" : "Tue Apr 14 07:07:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@greenc I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Tőke",
            "screen_name" : "tokehal96",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065285",
            "id" : "700065285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "840842615529449777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "840842615529449777",
      "created_at" : "Tue Apr 14 03:10:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@tokehal96 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1008253374545773488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1008253374545773488",
      "created_at" : "Mon Apr 13 08:18:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1033140303487625895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1033140303487625895",
      "created_at" : "Mon Apr 13 04:35:32 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "592631460375538594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "592631460375538594",
      "created_at" : "Sun Apr 12 07:26:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "189517105107185941",
      "in_reply_to_status_id" : "189517105107185941",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Taylor",
            "screen_name" : "robert.taylor",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700048303",
            "id" : "700048303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "291594297731931632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "291594297731931632",
      "created_at" : "Wed Apr 08 09:57:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@robert.taylor Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιώργος Οικονόμου",
            "screen_name" : "gre_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700089155",
            "id" : "700089155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "467306885069744898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "467306885069744898",
      "created_at" : "Mon Apr 06 16:08:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_220 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "131819530848525386",
      "in_reply_to_status_id" : "131819530848525386",
      "in_reply_to_user_id" : "700089155",
      "in_reply_to_user_id_str" : "700089155",
      "in_reply_to_screen_name" : "gre_220"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "558149262420141083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "558149262420141083",
      "created_at" : "Mon Mar 30 00:33:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "233092041069619396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "233092041069619396",
      "created_at" : "Sat Mar 28 10:30:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "850620519267798785",
      "in_reply_to_status_id" : "850620519267798785",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lena Weiß",
            "screen_name" : "lenaweiss28",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700128831",
            "id" : "700128831"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "588041695278360091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "588041695278360091",
      "created_at" : "Thu Mar 26 06:10:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@lenaweiss28 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "13086206319882948",
      "in_reply_to_status_id" : "13086206319882948",
      "in_reply_to_user_id" : "700128831",
      "in_reply_to_user_id_str" : "700128831",
      "in_reply_to_screen_name" : "lenaweiss28"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José Peña",
            "screen_name" : "jose.pena",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700053098",
            "id" : "700053098"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "919846981640150307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "919846981640150307",
      "created_at" : "Sun Mar 22 20:02:21 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.pena Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1056755110483869486",
      "in_reply_to_status_id" : "1056755110483869486",
      "in_reply_to_user_id" : "700053098",
      "in_reply_to_user_id_str" : "700053098",
      "in_reply_to_screen_name" : "jose.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Garnier",
            "screen_name" : "helene.garnier",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700116602",
            "id" : "700116602"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "737911641893469902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "737911641893469902",
      "created_at" : "Sun Mar 22 15:27:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@helene.garnier Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "349693744932263810",
      "in_reply_to_status_id" : "349693744932263810",
      "in_reply_to_user_id" : "700116602",
      "in_reply_to_user_id_str" : "700116602",
      "in_reply_to_screen_name" : "helene.garnier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Peña",
            "screen_name" : "penas",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700071627",
            "id" : "700071627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "4145607548625174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "4145607548625174",
      "created_at" : "Sun Mar 22 10:19:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@penas Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "267205988160652709",
      "in_reply_to_status_id" : "267205988160652709",
      "in_reply_to_user_id" : "700071627",
      "in_reply_to_user_id_str" : "700071627",
      "in_reply_to_screen_name" : "penas"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Théo Rousseau",
            "screen_name" : "theo.rousseau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088567",
            "id" : "700088567"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "362357259169893743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "362357259169893743",
      "created_at" : "Wed Mar 18 20:08:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@theo.rousseau Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Günther Schäfer",
            "screen_name" : "schaferg4",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065019",
            "id" : "700065019"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "323423315988391617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "323423315988391617",
      "created_at" : "Wed Mar 18 03:57:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferg4 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "688953760452801091",
      "in_reply_to_status_id" : "688953760452801091",
      "in_reply_to_user_id" : "700065019",
      "in_reply_to_user_id_str" : "700065019",
      "in_reply_to_screen_name" : "schaferg4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "804487166656247162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "804487166656247162",
      "created_at" : "Mon Mar 16 23:07:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Fontaine",
            "screen_name" : "fontainen",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700028206",
            "id" : "700028206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "111612529578675616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "111612529578675616",
      "created_at" : "Sun Mar 15 16:21:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@fontainen Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "983811082999653683",
      "in_reply_to_status_id" : "983811082999653683",
      "in_reply_to_user_id" : "700028206",
      "in_reply_to_user_id_str" : "700028206",
      "in_reply_to_screen_name" : "fontainen"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leonor Brandão",
            "screen_name" : "brandaol",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066461",
            "id" : "700066461"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1005594799743753676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1005594799743753676",
      "created_at" : "Thu Mar 12 13:29:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@brandaol Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محمد العلي",
            "screen_name" : "ara.962",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700145659",
            "id" : "700145659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "710919360140849282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710919360140849282",
      "created_at" : "Wed Mar 11 04:59:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara.962 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "814019365681746560",
      "in_reply_to_status_id" : "814019365681746560",
      "in_reply_to_user_id" : "700145659",
      "in_reply_to_user_id_str" : "700145659",
      "in_reply_to_screen_name" : "ara.962"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Сергей Попова",
            "screen_name" : "666r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700011609",
            "id" : "700011609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "879367284038012353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "879367284038012353",
      "created_at" : "Tue Mar 10 00:51:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@666r Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "339396829554886233",
      "in_reply_to_status_id" : "339396829554886233",
      "in_reply_to_user_id" : "700011609",
      "in_reply_to_user_id_str" : "700011609",
      "in_reply_to_screen_name" : "666r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιώργος Οικονόμου",
            "screen_name" : "gre_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700089155",
            "id" : "700089155"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1144635152602854018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1144635152602854018",
      "created_at" : "Thu Mar 05 01:45:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_220 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "133782541987428368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "133782541987428368",
      "created_at" : "Wed Mar 04 14:27:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Hughes",
            "screen_name" : "roberthughes53",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700074385",
            "id" : "700074385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "805898432475271665",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "805898432475271665",
      "created_at" : "Wed Mar 04 10:54:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@roberthughes53 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "589311830778818372",
      "in_reply_to_status_id" : "589311830778818372",
      "in_reply_to_user_id" : "700074385",
      "in_reply_to_user_id_str" : "700074385",
      "in_reply_to_screen_name" : "roberthughes53"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Théo Rousseau",
            "screen_name" : "theo.rousseau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088567",
            "id" : "700088567"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "685096875375037418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "685096875375037418",
      "created_at" : "Sun Feb 22 03:14:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@theo.rousseau Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "313854168034516438",
      "in_reply_to_status_id" : "313854168034516438",
      "in_reply_to_user_id" : "700088567",
      "in_reply_to_user_id_str" : "700088567",
      "in_reply_to_screen_name" : "theo.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "222269154740309211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "222269154740309211",
      "created_at" : "Sat Feb 21 07:27:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Tőke",
            "screen_name" : "tokehal96",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065285",
            "id" : "700065285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1091744242217529632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1091744242217529632",
      "created_at" : "Thu Feb 19 12:52:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@tokehal96 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "891016331790319204",
      "in_reply_to_status_id" : "891016331790319204",
      "in_reply_to_user_id" : "700065285",
      "in_reply_to_user_id_str" : "700065285",
      "in_reply_to_screen_name" : "tokehal96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "817957775736767808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "817957775736767808",
      "created_at" : "Sat Feb 14 14:23:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Đình Phúc",
            "screen_name" : "dinhphuc.nguyen",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700119801",
            "id" : "700119801"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "350589267600140533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "350589267600140533",
      "created_at" : "Mon Feb 09 12:44:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@dinhphuc.nguyen Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "543566843162023523",
      "in_reply_to_status_id" : "543566843162023523",
      "in_reply_to_user_id" : "700119801",
      "in_reply_to_user_id_str" : "700119801",
      "in_reply_to_screen_name" : "dinhphuc.nguyen"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Arslan",
            "screen_name" : "emre.arslan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700040463",
            "id" : "700040463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "170549013503953463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "170549013503953463",
      "created_at" : "Mon Feb 09 03:21:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@emre.arslan Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1132793116252769041",
      "in_reply_to_status_id" : "1132793116252769041",
      "in_reply_to_user_id" : "700040463",
      "in_reply_to_user_id_str" : "700040463",
      "in_reply_to_screen_name" : "emre.arslan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Екатерина Соколов",
            "screen_name" : "rus_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700110225",
            "id" : "700110225"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "354826759584533204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "354826759584533204",
      "created_at" : "Fri Feb 06 23:37:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus_220 شكرا جزيلا",
      "lang" : "en",
      "in_reply_to_status_id_str" : "147182175258250140",
      "in_reply_to_status_id" : "147182175258250140",
      "in_reply_to_user_id" : "700110225",
      "in_reply_to_user_id_str" : "700110225",
      "in_reply_to_screen_name" : "rus_220"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Tőke",
            "screen_name" : "tokehal96",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065285",
            "id" : "700065285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "397823115052735988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "397823115052735988",
      "created_at" : "Wed Feb 04 03:35:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@tokehal96 Happy birthday! 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "355916159935552920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "355916159935552920",
      "created_at" : "Thu Jan 22 23:59:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "465946371093467110",
      "in_reply_to_status_id" : "465946371093467110",
      "in_reply_to_user_id" : "700112311",
      "in_reply_to_user_id_str" : "700112311",
      "in_reply_to_screen_name" : "thompsonv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía López",
            "screen_name" : "lucia_lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134669",
            "id" : "700134669"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "567466365537387541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "567466365537387541",
      "created_at" : "Thu Jan 22 17:19:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@lucia_lopez Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "416609694885254798",
      "in_reply_to_status_id" : "416609694885254798",
      "in_reply_to_user_id" : "700134669",
      "in_reply_to_user_id_str" : "700134669",
      "in_reply_to_screen_name" : "lucia_lopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Arslan",
            "screen_name" : "emre.arslan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700040463",
            "id" : "700040463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "213771127967277247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "213771127967277247",
      "created_at" : "Wed Jan 21 19:10:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@emre.arslan Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia2",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058278",
            "id" : "700058278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "258132194284026826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "258132194284026826",
      "created_at" : "Tue Jan 20 23:28:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@jose.garcia2 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "490872923777063737",
      "in_reply_to_status_id" : "490872923777063737",
      "in_reply_to_user_id" : "700058278",
      "in_reply_to_user_id_str" : "700058278",
      "in_reply_to_screen_name" : "jose.garcia2"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محمد العلي",
            "screen_name" : "ara.962",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700145659",
            "id" : "700145659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "827159356119337808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "827159356119337808",
      "created_at" : "Sun Jan 18 16:06:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara.962 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Екатерина Соколов",
            "screen_name" : "rus_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700110225",
            "id" : "700110225"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "742260778967933543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "742260778967933543",
      "created_at" : "Sat Jan 10 23:24:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus_220 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "François Brébion",
            "screen_name" : "francois.brebion",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700144434",
            "id" : "700144434"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "499907582566216553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "499907582566216553",
      "created_at" : "Sat Jan 10 00:01:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@francois.brebion Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "866476930027518713",
      "in_reply_to_status_id" : "866476930027518713",
      "in_reply_to_user_id" : "700144434",
      "in_reply_to_user_id_str" : "700144434",
      "in_reply_to_screen_name" : "francois.brebion"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Johnson",
            "screen_name" : "rebecca_johnson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700031804",
            "id" : "700031804"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "603614213673001328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "603614213673001328",
      "created_at" : "Mon Jan 05 09:35:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@rebecca_johnson Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "63577684990665525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "63577684990665525",
      "created_at" : "Sun Jan 04 17:34:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@thompsonv Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "363928268781984604",
      "in_reply_to_status_id" : "363928268781984604",
      "in_reply_to_user_id" : "700112311",
      "in_reply_to_user_id_str" : "700112311",
      "in_reply_to_screen_name" : "thompsonv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "817586641744102540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "817586641744102540",
      "created_at" : "Sun Jan 04 04:09:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@doganc Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "François Brébion",
            "screen_name" : "francois.brebion",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700144434",
            "id" : "700144434"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "688570847743704726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "688570847743704726",
      "created_at" : "Thu Jan 01 00:13:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@francois.brebion Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "435324521152886944",
      "in_reply_to_status_id" : "435324521152886944",
      "in_reply_to_user_id" : "700144434",
      "in_reply_to_user_id_str" : "700144434",
      "in_reply_to_screen_name" : "francois.brebion"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "933186120308870597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "933186120308870597",
      "created_at" : "Tue Dec 30 12:20:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "487411459014232757",
      "in_reply_to_status_id" : "487411459014232757",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Théo Rousseau",
            "screen_name" : "theo.rousseau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088567",
            "id" : "700088567"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "481955805133062001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "481955805133062001",
      "created_at" : "Sun Dec 28 19:34:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@theo.rousseau Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "73965159408670457",
      "in_reply_to_status_id" : "73965159408670457",
      "in_reply_to_user_id" : "700088567",
      "in_reply_to_user_id_str" : "700088567",
      "in_reply_to_screen_name" : "theo.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tori Thompson",
            "screen_name" : "thompsonv",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700112311",
            "id" : "700112311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "650812820446357853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "650812820446357853",
      "created_at" : "Fri Dec 26 08:00:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@thompsonv Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1045146120844504784",
      "in_reply_to_status_id" : "1045146120844504784",
      "in_reply_to_user_id" : "700112311",
      "in_reply_to_user_id_str" : "700112311",
      "in_reply_to_screen_name" : "thompsonv"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noémie Fontaine",
            "screen_name" : "fontainen",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700028206",
            "id" : "700028206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "327873793173214457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "327873793173214457",
      "created_at" : "Sun Dec 21 02:07:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@fontainen Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "995154336806745952",
      "in_reply_to_status_id" : "995154336806745952",
      "in_reply_to_user_id" : "700028206",
      "in_reply_to_user_id_str" : "700028206",
      "in_reply_to_screen_name" : "fontainen"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "820879130732054423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "820879130732054423",
      "created_at" : "Sat Dec 20 13:43:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@aysegunes57 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Новикова",
            "screen_name" : "405r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700062275",
            "id" : "700062275"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "495394591013200906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "495394591013200906",
      "created_at" : "Wed Dec 17 20:25:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@405r Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "315306251670917339",
      "in_reply_to_status_id" : "315306251670917339",
      "in_reply_to_user_id" : "700062275",
      "in_reply_to_user_id_str" : "700062275",
      "in_reply_to_screen_name" : "405r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía López",
            "screen_name" : "lucia_lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134669",
            "id" : "700134669"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "603254724609490821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "603254724609490821",
      "created_at" : "Sun Dec 14 05:35:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@lucia_lopez See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "455723031096232099",
      "in_reply_to_status_id" : "455723031096232099",
      "in_reply_to_user_id" : "700134669",
      "in_reply_to_user_id_str" : "700134669",
      "in_reply_to_screen_name" : "lucia_lopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "558888004602884089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "558888004602884089",
      "created_at" : "Thu Dec 11 06:25:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Obrigado, até já",
      "lang" : "en",
      "in_reply_to_status_id_str" : "575781666032056204",
      "in_reply_to_status_id" : "575781666032056204",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吴娜",
            "screen_name" : "chi_553",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700063794",
            "id" : "700063794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "425034238591693953",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "425034238591693953",
      "created_at" : "Sun Dec 07 14:44:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi_553 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hal Tőke",
            "screen_name" : "tokehal96",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700065285",
            "id" : "700065285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1105841932519671952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1105841932519671952",
      "created_at" : "Sat Dec 06 10:00:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@tokehal96 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "120032318288245980",
      "in_reply_to_status_id" : "120032318288245980",
      "in_reply_to_user_id" : "700065285",
      "in_reply_to_user_id_str" : "700065285",
      "in_reply_to_screen_name" : "tokehal96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "967743915448263993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "967743915448263993",
      "created_at" : "Wed Dec 03 19:57:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Екатерина Соколов",
            "screen_name" : "rus_220",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700110225",
            "id" : "700110225"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "588042326899077546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "588042326899077546",
      "created_at" : "Sat Nov 29 16:25:15 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus_220 Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1001322302101495650",
      "in_reply_to_status_id" : "1001322302101495650",
      "in_reply_to_user_id" : "700110225",
      "in_reply_to_user_id_str" : "700110225",
      "in_reply_to_screen_name" : "rus_220"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "349189135338351878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "349189135338351878",
      "created_at" : "Sat Nov 29 06:05:16 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "479717954247771979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "479717954247771979",
      "created_at" : "Thu Nov 27 16:37:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "183175535350109014",
      "in_reply_to_status_id" : "183175535350109014",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Smith",
            "screen_name" : "robert_smith",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700138183",
            "id" : "700138183"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "987360913467068759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "987360913467068759",
      "created_at" : "Mon Nov 24 20:33:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@robert_smith Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "398179356754576782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "398179356754576782",
      "created_at" : "Sat Nov 22 10:53:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@aysegunes57 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "565056639563609890",
      "in_reply_to_status_id" : "565056639563609890",
      "in_reply_to_user_id" : "700086327",
      "in_reply_to_user_id_str" : "700086327",
      "in_reply_to_screen_name" : "aysegunes57"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "61433652506139229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "61433652506139229",
      "created_at" : "Wed Nov 19 14:32:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "639641997115967533",
      "in_reply_to_status_id" : "639641997115967533",
      "in_reply_to_user_id" : "700156999",
      "in_reply_to_user_id_str" : "700156999",
      "in_reply_to_screen_name" : "helene.chevalier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia2",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058278",
            "id" : "700058278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "690362934211900624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "690362934211900624",
      "created_at" : "Tue Nov 18 23:14:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@jose.garcia2 Obrigado, até já",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566610047635347573",
      "in_reply_to_status_id" : "566610047635347573",
      "in_reply_to_user_id" : "700058278",
      "in_reply_to_user_id_str" : "700058278",
      "in_reply_to_screen_name" : "jose.garcia2"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "142372973340062404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "142372973340062404",
      "created_at" : "Tue Nov 18 04:02:55 +0000 2014",
      "favorited" : false,
      "full_text" : "@aysegunes57 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "343937518159402984",
      "in_reply_to_status_id" : "343937518159402984",
      "in_reply_to_user_id" : "700086327",
      "in_reply_to_user_id_str" : "700086327",
      "in_reply_to_screen_name" : "aysegunes57"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Green",
            "screen_name" : "jessicagreen92",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700018392",
            "id" : "700018392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "93086476158633627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "93086476158633627",
      "created_at" : "Thu Nov 13 12:09:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@jessicagreen92 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "993960828132253997",
      "in_reply_to_status_id" : "993960828132253997",
      "in_reply_to_user_id" : "700018392",
      "in_reply_to_user_id_str" : "700018392",
      "in_reply_to_screen_name" : "jessicagreen92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Güneş",
            "screen_name" : "gokhan.gunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700032203",
            "id" : "700032203"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "744004966338692571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "744004966338692571",
      "created_at" : "Mon Nov 10 18:31:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@gokhan.gunes Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "895051459427145055",
      "in_reply_to_status_id" : "895051459427145055",
      "in_reply_to_user_id" : "700032203",
      "in_reply_to_user_id_str" : "700032203",
      "in_reply_to_screen_name" : "gokhan.gunes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Rousseau",
            "screen_name" : "irene.rousseau",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700099074",
            "id" : "700099074"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "799597902137339440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "799597902137339440",
      "created_at" : "Sun Nov 09 21:45:08 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene.rousseau Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "795837781868380506",
      "in_reply_to_status_id" : "795837781868380506",
      "in_reply_to_user_id" : "700099074",
      "in_reply_to_user_id_str" : "700099074",
      "in_reply_to_screen_name" : "irene.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Сергей Попова",
            "screen_name" : "666r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700011609",
            "id" : "700011609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "994180129421800907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "994180129421800907",
      "created_at" : "Fri Nov 07 17:12:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@666r Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "497362716801780275",
      "in_reply_to_status_id" : "497362716801780275",
      "in_reply_to_user_id" : "700011609",
      "in_reply_to_user_id_str" : "700011609",
      "in_reply_to_screen_name" : "666r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "653789797094711148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "653789797094711148",
      "created_at" : "Tue Nov 04 23:31:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@aysegunes57 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "122528337909412332",
      "in_reply_to_status_id" : "122528337909412332",
      "in_reply_to_user_id" : "700086327",
      "in_reply_to_user_id_str" : "700086327",
      "in_reply_to_screen_name" : "aysegunes57"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Freja Johansson",
            "screen_name" : "freja.johansson",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700007038",
            "id" : "700007038"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "689544664014772280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "689544664014772280",
      "created_at" : "Mon Nov 03 18:41:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@freja.johansson Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1085241624372315061",
      "in_reply_to_status_id" : "1085241624372315061",
      "in_reply_to_user_id" : "700007038",
      "in_reply_to_user_id_str" : "700007038",
      "in_reply_to_screen_name" : "freja.johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía López",
            "screen_name" : "lucia_lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134669",
            "id" : "700134669"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "120590681790725528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "120590681790725528",
      "created_at" : "Mon Nov 03 08:06:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@lucia_lopez I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "961675124279566043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "961675124279566043",
      "created_at" : "Sun Nov 02 10:41:24 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "579962321979301680",
      "in_reply_to_status_id" : "579962321979301680",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1028461613318987140",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1028461613318987140",
      "created_at" : "Thu Oct 30 19:34:55 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吴娜",
            "screen_name" : "chi_553",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700063794",
            "id" : "700063794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "612430968012103439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "612430968012103439",
      "created_at" : "Thu Oct 30 12:24:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi_553 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681705250399541593",
      "in_reply_to_status_id" : "681705250399541593",
      "in_reply_to_user_id" : "700063794",
      "in_reply_to_user_id_str" : "700063794",
      "in_reply_to_screen_name" : "chi_553"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Étienne Bérard",
            "screen_name" : "berarde",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700131267",
            "id" : "700131267"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "626936162588675360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "626936162588675360",
      "created_at" : "Thu Oct 30 03:03:08 +0000 2014",
      "favorited" : false,
      "full_text" : "@berarde Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1056108634346049632",
      "in_reply_to_status_id" : "1056108634346049632",
      "in_reply_to_user_id" : "700131267",
      "in_reply_to_user_id_str" : "700131267",
      "in_reply_to_screen_name" : "berarde"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Güneş",
            "screen_name" : "aysegunes57",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700086327",
            "id" : "700086327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "259024788755726748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "259024788755726748",
      "created_at" : "Sat Oct 25 10:18:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@aysegunes57 धन्यवाद",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محمد العلي",
            "screen_name" : "ara.962",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700145659",
            "id" : "700145659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1079665608098935788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1079665608098935788",
      "created_at" : "Fri Oct 24 17:40:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.962 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1044171301013043471",
      "in_reply_to_status_id" : "1044171301013043471",
      "in_reply_to_user_id" : "700145659",
      "in_reply_to_user_id_str" : "700145659",
      "in_reply_to_screen_name" : "ara.962"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Rousseau",
            "screen_name" : "irene.rousseau",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700099074",
            "id" : "700099074"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "60881617120502192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "60881617120502192",
      "created_at" : "Thu Oct 23 06:18:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene.rousseau Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "963413899903660995",
      "in_reply_to_status_id" : "963413899903660995",
      "in_reply_to_user_id" : "700099074",
      "in_reply_to_user_id_str" : "700099074",
      "in_reply_to_screen_name" : "irene.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia2",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058278",
            "id" : "700058278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "379304854591689239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "379304854591689239",
      "created_at" : "Wed Oct 22 09:15:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@jose.garcia2 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "292874827199220179",
      "in_reply_to_status_id" : "292874827199220179",
      "in_reply_to_user_id" : "700058278",
      "in_reply_to_user_id_str" : "700058278",
      "in_reply_to_screen_name" : "jose.garcia2"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia2",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058278",
            "id" : "700058278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "905640102943541638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "905640102943541638",
      "created_at" : "Sun Oct 19 23:31:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@jose.garcia2 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محمد العلي",
            "screen_name" : "ara.962",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700145659",
            "id" : "700145659"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "50319477158398719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "50319477158398719",
      "created_at" : "Wed Oct 15 04:09:41 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.962 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "627160198573960534",
      "in_reply_to_status_id" : "627160198573960534",
      "in_reply_to_user_id" : "700145659",
      "in_reply_to_user_id_str" : "700145659",
      "in_reply_to_screen_name" : "ara.962"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "45314068717639238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "45314068717639238",
      "created_at" : "Mon Oct 06 19:28:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc On my way 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José García",
            "screen_name" : "jose.garcia2",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700058278",
            "id" : "700058278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "116251484345060814",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "116251484345060814",
      "created_at" : "Sun Oct 05 20:38:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@jose.garcia2 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "689567687267537451",
      "in_reply_to_status_id" : "689567687267537451",
      "in_reply_to_user_id" : "700058278",
      "in_reply_to_user_id_str" : "700058278",
      "in_reply_to_screen_name" : "jose.garcia2"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Rousseau",
            "screen_name" : "irene.rousseau",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700099074",
            "id" : "700099074"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "370649017275803526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "370649017275803526",
      "created_at" : "Sun Oct 05 17:09:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene.rousseau Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Wiśniewski",
            "screen_name" : "bartlomiej_wisniewski",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "700115587",
            "id" : "700115587"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "430970307363096317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "430970307363096317",
      "created_at" : "Fri Sep 26 10:34:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@bartlomiej_wisniewski Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "351209768148111593",
      "in_reply_to_status_id" : "351209768148111593",
      "in_reply_to_user_id" : "700115587",
      "in_reply_to_user_id_str" : "700115587",
      "in_reply_to_screen_name" : "bartlomiej_wisniewski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Hoffmann",
            "screen_name" : "hoffmanns",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070213",
            "id" : "700070213"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "753573582862535004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "753573582862535004",
      "created_at" : "Thu Sep 25 12:06:30 +0000 2014",
      "favorited" : false,
      "full_text" : "@hoffmanns Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1008236795868008852",
      "in_reply_to_status_id" : "1008236795868008852",
      "in_reply_to_user_id" : "700070213",
      "in_reply_to_user_id_str" : "700070213",
      "in_reply_to_screen_name" : "hoffmanns"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Hoffmann",
            "screen_name" : "hoffmanns",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070213",
            "id" : "700070213"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "494356953759494888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "494356953759494888",
      "created_at" : "Wed Sep 24 03:58:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@hoffmanns On my way 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Wiśniewski",
            "screen_name" : "bartlomiej_wisniewski",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "700115587",
            "id" : "700115587"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "342749118623591723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "342749118623591723",
      "created_at" : "Sat Sep 20 23:00:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@bartlomiej_wisniewski Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "196289014169772919",
      "in_reply_to_status_id" : "196289014169772919",
      "in_reply_to_user_id" : "700115587",
      "in_reply_to_user_id_str" : "700115587",
      "in_reply_to_screen_name" : "bartlomiej_wisniewski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Hoffmann",
            "screen_name" : "hoffmanns",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700070213",
            "id" : "700070213"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "483072560773700624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "483072560773700624",
      "created_at" : "Sat Sep 20 09:40:43 +0000 2014",
      "favorited" : false,
      "full_text" : "@hoffmanns Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1085419259617792208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1085419259617792208",
      "created_at" : "Sat Sep 20 00:06:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elif Öztürk",
            "screen_name" : "elif.ozturk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700107628",
            "id" : "700107628"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "413367116063116325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "413367116063116325",
      "created_at" : "Tue Sep 16 20:11:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@elif.ozturk Congrats on the new job! 🎉",
      "lang" : "en",
      "in_reply_to_status_id_str" : "418849568600612581",
      "in_reply_to_status_id" : "418849568600612581",
      "in_reply_to_user_id" : "700107628",
      "in_reply_to_user_id_str" : "700107628",
      "in_reply_to_screen_name" : "elif.ozturk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Małgorzata Jankowski",
            "screen_name" : "malgorzata_jankowski",
            "indices" : [
              "0",
              "21"
            ],
            "id_str" : "700073251",
            "id" : "700073251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "426098439382090651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "426098439382090651",
      "created_at" : "Sun Sep 14 13:17:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@malgorzata_jankowski See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "601417396389476802",
      "in_reply_to_status_id" : "601417396389476802",
      "in_reply_to_user_id" : "700073251",
      "in_reply_to_user_id_str" : "700073251",
      "in_reply_to_screen_name" : "malgorzata_jankowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Wright",
            "screen_name" : "wrightr",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700030334",
            "id" : "700030334"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "560645431737054684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "560645431737054684",
      "created_at" : "Thu Sep 11 03:12:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@wrightr See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fehér Orsolya",
            "screen_name" : "orsolyafeher30",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700121691",
            "id" : "700121691"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "917994951326328702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "917994951326328702",
      "created_at" : "Mon Sep 08 11:00:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@orsolyafeher30 Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "693261988391056241",
      "in_reply_to_status_id" : "693261988391056241",
      "in_reply_to_user_id" : "700121691",
      "in_reply_to_user_id_str" : "700121691",
      "in_reply_to_screen_name" : "orsolyafeher30"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "652167203970317419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "652167203970317419",
      "created_at" : "Tue Sep 02 08:27:03 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наташа Новикова",
            "screen_name" : "405r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700062275",
            "id" : "700062275"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "856806370350800873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "856806370350800873",
      "created_at" : "Tue Aug 26 05:13:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@405r See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "783615664718322501",
      "in_reply_to_status_id" : "783615664718322501",
      "in_reply_to_user_id" : "700062275",
      "in_reply_to_user_id_str" : "700062275",
      "in_reply_to_screen_name" : "405r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Rousseau",
            "screen_name" : "irene.rousseau",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700099074",
            "id" : "700099074"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "85937113906085516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "85937113906085516",
      "created_at" : "Thu Aug 21 21:07:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene.rousseau Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "860244887444627664",
      "in_reply_to_status_id" : "860244887444627664",
      "in_reply_to_user_id" : "700099074",
      "in_reply_to_user_id_str" : "700099074",
      "in_reply_to_screen_name" : "irene.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "903081378815569513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "903081378815569513",
      "created_at" : "Sun Aug 17 01:16:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía López",
            "screen_name" : "lucia_lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134669",
            "id" : "700134669"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "0",
      "id_str" : "1088238779611284180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1088238779611284180",
      "created_at" : "Fri Aug 15 17:51:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@lucia_lopez OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "618514131127974508",
      "in_reply_to_status_id" : "618514131127974508",
      "in_reply_to_user_id" : "700134669",
      "in_reply_to_user_id_str" : "700134669",
      "in_reply_to_screen_name" : "lucia_lopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthias Schäfer",
            "screen_name" : "schaferm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700089981",
            "id" : "700089981"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "753489354096938026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "753489354096938026",
      "created_at" : "Thu Aug 07 12:51:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@schaferm Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "陈伟",
            "screen_name" : "chi.036",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700051810",
            "id" : "700051810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "168117710310662831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "168117710310662831",
      "created_at" : "Wed Aug 06 16:00:00 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi.036 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Franzi Hoffmann",
            "screen_name" : "franziska_hoffmann",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700056276",
            "id" : "700056276"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "651295030027662013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "651295030027662013",
      "created_at" : "Fri Aug 01 12:34:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@franziska_hoffmann Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Samantha Thompson",
            "screen_name" : "samantha.thompson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700049514",
            "id" : "700049514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "475287888574984537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "475287888574984537",
      "created_at" : "Mon Jul 28 05:18:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@samantha.thompson Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1026002160331870428",
      "in_reply_to_status_id" : "1026002160331870428",
      "in_reply_to_user_id" : "700049514",
      "in_reply_to_user_id_str" : "700049514",
      "in_reply_to_screen_name" : "samantha.thompson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Rousseau",
            "screen_name" : "irene.rousseau",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700099074",
            "id" : "700099074"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "348542137976729552",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "348542137976729552",
      "created_at" : "Sun Jul 27 12:33:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene.rousseau OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "704365866555307998",
      "in_reply_to_status_id" : "704365866555307998",
      "in_reply_to_user_id" : "700099074",
      "in_reply_to_user_id_str" : "700099074",
      "in_reply_to_screen_name" : "irene.rousseau"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "陈伟",
            "screen_name" : "chi.036",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700051810",
            "id" : "700051810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "556340369833576612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "556340369833576612",
      "created_at" : "Tue Jul 22 14:58:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi.036 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "728709945926952874",
      "in_reply_to_status_id" : "728709945926952874",
      "in_reply_to_user_id" : "700051810",
      "in_reply_to_user_id_str" : "700051810",
      "in_reply_to_screen_name" : "chi.036"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1090180402094746891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1090180402094746891",
      "created_at" : "Mon Jul 21 07:53:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "376615442523747152",
      "in_reply_to_status_id" : "376615442523747152",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "598833526418629233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "598833526418629233",
      "created_at" : "Fri Jul 18 14:05:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1123202786937020077",
      "in_reply_to_status_id" : "1123202786937020077",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Green",
            "screen_name" : "jessicagreen92",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700018392",
            "id" : "700018392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "634826659672153734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "634826659672153734",
      "created_at" : "Sun Jul 13 21:36:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@jessicagreen92 Haha yes 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthias Schäfer",
            "screen_name" : "schaferm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700089981",
            "id" : "700089981"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "613755894572044639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "613755894572044639",
      "created_at" : "Sun Jul 13 15:43:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@schaferm Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Hughes",
            "screen_name" : "roberthughes53",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700074385",
            "id" : "700074385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "265119252396973746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "265119252396973746",
      "created_at" : "Sat Jul 12 21:35:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@roberthughes53 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "711236040075536754",
      "in_reply_to_status_id" : "711236040075536754",
      "in_reply_to_user_id" : "700074385",
      "in_reply_to_user_id_str" : "700074385",
      "in_reply_to_screen_name" : "roberthughes53"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "536615640454238161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536615640454238161",
      "created_at" : "Sat Jul 12 02:05:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Thanh Hải",
            "screen_name" : "thanhhaihuynh36",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700073076",
            "id" : "700073076"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "879781319664370447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "879781319664370447",
      "created_at" : "Fri Jul 11 11:20:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@thanhhaihuynh36 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "257088896173073987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "257088896173073987",
      "created_at" : "Fri Jul 11 11:15:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "494499028918361461",
      "in_reply_to_status_id" : "494499028918361461",
      "in_reply_to_user_id" : "700074147",
      "in_reply_to_user_id_str" : "700074147",
      "in_reply_to_screen_name" : "ulrike.vogel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthias Schäfer",
            "screen_name" : "schaferm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700089981",
            "id" : "700089981"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "951167744734301809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "951167744734301809",
      "created_at" : "Fri Jul 11 07:54:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@schaferm Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "324660574026552495",
      "in_reply_to_status_id" : "324660574026552495",
      "in_reply_to_user_id" : "700089981",
      "in_reply_to_user_id_str" : "700089981",
      "in_reply_to_screen_name" : "schaferm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Thanh Hải",
            "screen_name" : "thanhhaihuynh36",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700073076",
            "id" : "700073076"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "433801812898050409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "433801812898050409",
      "created_at" : "Fri Jul 11 07:35:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@thanhhaihuynh36 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Robinson",
            "screen_name" : "margaret.robinson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700024083",
            "id" : "700024083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "589123997233659117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "589123997233659117",
      "created_at" : "Sat Jul 05 03:34:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@margaret.robinson Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1088153138203675321",
      "in_reply_to_status_id" : "1088153138203675321",
      "in_reply_to_user_id" : "700024083",
      "in_reply_to_user_id_str" : "700024083",
      "in_reply_to_screen_name" : "margaret.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Thanh Hải",
            "screen_name" : "thanhhaihuynh36",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700073076",
            "id" : "700073076"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "295197057597222604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "295197057597222604",
      "created_at" : "Wed Jul 02 21:42:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@thanhhaihuynh36 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "784293663556414161",
      "in_reply_to_status_id" : "784293663556414161",
      "in_reply_to_user_id" : "700073076",
      "in_reply_to_user_id_str" : "700073076",
      "in_reply_to_screen_name" : "thanhhaihuynh36"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bartłomiej Wiśniewski",
            "screen_name" : "bartlomiej_wisniewski",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "700115587",
            "id" : "700115587"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "552454193991571872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "552454193991571872",
      "created_at" : "Sat Jun 28 11:01:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@bartlomiej_wisniewski Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "492607853071331373",
      "in_reply_to_status_id" : "492607853071331373",
      "in_reply_to_user_id" : "700115587",
      "in_reply_to_user_id_str" : "700115587",
      "in_reply_to_screen_name" : "bartlomiej_wisniewski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "261610233501625928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "261610233501625928",
      "created_at" : "Sat Jun 28 02:40:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "660966178316281548",
      "in_reply_to_status_id" : "660966178316281548",
      "in_reply_to_user_id" : "700156999",
      "in_reply_to_user_id_str" : "700156999",
      "in_reply_to_screen_name" : "helene.chevalier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "391631883271015168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "391631883271015168",
      "created_at" : "Fri Jun 27 16:26:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "433905197602740555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "433905197602740555",
      "created_at" : "Tue Jun 24 11:02:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "102167455763217594",
      "in_reply_to_status_id" : "102167455763217594",
      "in_reply_to_user_id" : "700074147",
      "in_reply_to_user_id_str" : "700074147",
      "in_reply_to_screen_name" : "ulrike.vogel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Małgorzata Jankowski",
            "screen_name" : "malgorzata_jankowski",
            "indices" : [
              "0",
              "21"
            ],
            "id_str" : "700073251",
            "id" : "700073251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "548737922136406375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "548737922136406375",
      "created_at" : "Sun Jun 22 18:56:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@malgorzata_jankowski Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "598102108495783215",
      "in_reply_to_status_id" : "598102108495783215",
      "in_reply_to_user_id" : "700073251",
      "in_reply_to_user_id_str" : "700073251",
      "in_reply_to_screen_name" : "malgorzata_jankowski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "965562259557991540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "965562259557991540",
      "created_at" : "Thu Jun 19 10:36:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "127645847824904218",
      "in_reply_to_status_id" : "127645847824904218",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Thanh Hải",
            "screen_name" : "thanhhaihuynh36",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700073076",
            "id" : "700073076"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "430439070034936692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "430439070034936692",
      "created_at" : "Thu Jun 19 09:53:16 +0000 2014",
      "favorited" : false,
      "full_text" : "@thanhhaihuynh36 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "807545717481155783",
      "in_reply_to_status_id" : "807545717481155783",
      "in_reply_to_user_id" : "700073076",
      "in_reply_to_user_id_str" : "700073076",
      "in_reply_to_screen_name" : "thanhhaihuynh36"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "986018560243256477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "986018560243256477",
      "created_at" : "Mon Jun 16 16:03:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "67862428792256864",
      "in_reply_to_status_id" : "67862428792256864",
      "in_reply_to_user_id" : "700074147",
      "in_reply_to_user_id_str" : "700074147",
      "in_reply_to_screen_name" : "ulrike.vogel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "918494211745996692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "918494211745996692",
      "created_at" : "Thu Jun 12 10:24:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "119095076922822045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "119095076922822045",
      "created_at" : "Wed Jun 11 12:49:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Zieliński",
            "screen_name" : "zielinskim",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700139828",
            "id" : "700139828"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "175253002842455786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "175253002842455786",
      "created_at" : "Sun Jun 08 05:20:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@zielinskim Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Huỳnh Thanh Hải",
            "screen_name" : "thanhhaihuynh36",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700073076",
            "id" : "700073076"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "674738498325693803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "674738498325693803",
      "created_at" : "Sat Jun 07 19:04:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@thanhhaihuynh36 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Robinson",
            "screen_name" : "margaret.robinson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700024083",
            "id" : "700024083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "870945982829113940",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "870945982829113940",
      "created_at" : "Sat Jun 07 11:54:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@margaret.robinson Congrats on the new job! 🎉",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1107019148434285622",
      "in_reply_to_status_id" : "1107019148434285622",
      "in_reply_to_user_id" : "700024083",
      "in_reply_to_user_id_str" : "700024083",
      "in_reply_to_screen_name" : "margaret.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Hughes",
            "screen_name" : "roberthughes53",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700074385",
            "id" : "700074385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "537655627804116330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "537655627804116330",
      "created_at" : "Fri Jun 06 13:41:03 +0000 2014",
      "favorited" : false,
      "full_text" : "@roberthughes53 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Wright",
            "screen_name" : "wrightr",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700030334",
            "id" : "700030334"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "613872589960578510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "613872589960578510",
      "created_at" : "Wed Jun 04 05:38:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@wrightr Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "824151337640153990",
      "in_reply_to_status_id" : "824151337640153990",
      "in_reply_to_user_id" : "700030334",
      "in_reply_to_user_id_str" : "700030334",
      "in_reply_to_screen_name" : "wrightr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1112010648357977598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1112010648357977598",
      "created_at" : "Sun Jun 01 08:39:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "486452692773898583",
      "in_reply_to_status_id" : "486452692773898583",
      "in_reply_to_user_id" : "700156999",
      "in_reply_to_user_id_str" : "700156999",
      "in_reply_to_screen_name" : "helene.chevalier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Becker",
            "screen_name" : "ulrike.becker4",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700138379",
            "id" : "700138379"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "211086524558074936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "211086524558074936",
      "created_at" : "Sat May 31 20:30:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.becker4 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "648889283198619046",
      "in_reply_to_status_id" : "648889283198619046",
      "in_reply_to_user_id" : "700138379",
      "in_reply_to_user_id_str" : "700138379",
      "in_reply_to_screen_name" : "ulrike.becker4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "283497899548515688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "283497899548515688",
      "created_at" : "Thu May 29 10:49:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "227629789071683211",
      "in_reply_to_status_id" : "227629789071683211",
      "in_reply_to_user_id" : "700156999",
      "in_reply_to_user_id_str" : "700156999",
      "in_reply_to_screen_name" : "helene.chevalier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Vogel",
            "screen_name" : "ulrike.vogel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700074147",
            "id" : "700074147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "505083337923096907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "505083337923096907",
      "created_at" : "Wed May 28 19:54:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.vogel OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthias Schäfer",
            "screen_name" : "schaferm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700089981",
            "id" : "700089981"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "707300262406893821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "707300262406893821",
      "created_at" : "Wed May 28 09:04:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@schaferm Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthias Schäfer",
            "screen_name" : "schaferm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700089981",
            "id" : "700089981"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "63236764713564282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "63236764713564282",
      "created_at" : "Tue May 27 08:24:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@schaferm OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "147561564297950043",
      "in_reply_to_status_id" : "147561564297950043",
      "in_reply_to_user_id" : "700089981",
      "in_reply_to_user_id_str" : "700089981",
      "in_reply_to_screen_name" : "schaferm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山本拓海",
            "screen_name" : "jap33090",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700066314",
            "id" : "700066314"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "460441351769641460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "460441351769641460",
      "created_at" : "Mon May 26 08:15:04 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap33090 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "539029237804989203",
      "in_reply_to_status_id" : "539029237804989203",
      "in_reply_to_user_id" : "700066314",
      "in_reply_to_user_id_str" : "700066314",
      "in_reply_to_screen_name" : "jap33090"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elif Öztürk",
            "screen_name" : "elif.ozturk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700107628",
            "id" : "700107628"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "553409603842336823",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "553409603842336823",
      "created_at" : "Thu Apr 24 11:03:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@elif.ozturk Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bùi Hồng Nhung ❤️",
            "screen_name" : "hongnhungbui70",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700160499",
            "id" : "700160499"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "494518414259819643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "494518414259819643",
      "created_at" : "Thu Apr 24 10:25:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@hongnhungbui70 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Franzi Hoffmann",
            "screen_name" : "franziska_hoffmann",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700056276",
            "id" : "700056276"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1041416173788184902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1041416173788184902",
      "created_at" : "Thu Apr 17 21:14:41 +0000 2014",
      "favorited" : false,
      "full_text" : "@franziska_hoffmann Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "49882821136455395",
      "in_reply_to_status_id" : "49882821136455395",
      "in_reply_to_user_id" : "700056276",
      "in_reply_to_user_id_str" : "700056276",
      "in_reply_to_screen_name" : "franziska_hoffmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Wood",
            "screen_name" : "woode",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102161",
            "id" : "700102161"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "451231675274014817",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "451231675274014817",
      "created_at" : "Sun Apr 13 01:50:37 +0000 2014",
      "favorited" : false,
      "full_text" : "@woode Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "435623901621296086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "435623901621296086",
      "created_at" : "Thu Apr 10 06:20:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Becker",
            "screen_name" : "ulrike.becker4",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700138379",
            "id" : "700138379"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "608883972391616770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "608883972391616770",
      "created_at" : "Wed Apr 09 08:57:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.becker4 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "773215749339986865",
      "in_reply_to_status_id" : "773215749339986865",
      "in_reply_to_user_id" : "700138379",
      "in_reply_to_user_id_str" : "700138379",
      "in_reply_to_screen_name" : "ulrike.becker4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Robinson",
            "screen_name" : "margaret.robinson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700024083",
            "id" : "700024083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1036553439437704823",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1036553439437704823",
      "created_at" : "Thu Apr 03 05:12:37 +0000 2014",
      "favorited" : false,
      "full_text" : "@margaret.robinson Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "168159739940815564",
      "in_reply_to_status_id" : "168159739940815564",
      "in_reply_to_user_id" : "700024083",
      "in_reply_to_user_id_str" : "700024083",
      "in_reply_to_screen_name" : "margaret.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "علي حداد",
            "screen_name" : "ara.331",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700017468",
            "id" : "700017468"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1036510189864138225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1036510189864138225",
      "created_at" : "Mon Mar 31 16:12:32 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.331 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "626604441570437882",
      "in_reply_to_status_id" : "626604441570437882",
      "in_reply_to_user_id" : "700017468",
      "in_reply_to_user_id_str" : "700017468",
      "in_reply_to_screen_name" : "ara.331"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Dupré",
            "screen_name" : "irene_dupre",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700149936",
            "id" : "700149936"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "688668899399180467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "688668899399180467",
      "created_at" : "Fri Mar 28 21:58:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene_dupre Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hélène Chevalier",
            "screen_name" : "helene.chevalier",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156999",
            "id" : "700156999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "317037332284099088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "317037332284099088",
      "created_at" : "Sun Mar 23 09:27:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@helene.chevalier Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elif Öztürk",
            "screen_name" : "elif.ozturk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700107628",
            "id" : "700107628"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "27397545303269148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "27397545303269148",
      "created_at" : "Wed Mar 19 18:19:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@elif.ozturk That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "685409590344312648",
      "in_reply_to_status_id" : "685409590344312648",
      "in_reply_to_user_id" : "700107628",
      "in_reply_to_user_id_str" : "700107628",
      "in_reply_to_screen_name" : "elif.ozturk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "352488049956746727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "352488049956746727",
      "created_at" : "Tue Mar 18 19:56:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@maria.pena Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Robinson",
            "screen_name" : "margaret.robinson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700024083",
            "id" : "700024083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "697665072215855178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "697665072215855178",
      "created_at" : "Mon Mar 17 19:26:24 +0000 2014",
      "favorited" : false,
      "full_text" : "@margaret.robinson Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "232243837891765317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "232243837891765317",
      "created_at" : "Thu Mar 13 03:21:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "740024861098727958",
      "in_reply_to_status_id" : "740024861098727958",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bùi Hồng Nhung ❤️",
            "screen_name" : "hongnhungbui70",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700160499",
            "id" : "700160499"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "577352231821638400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "577352231821638400",
      "created_at" : "Wed Mar 12 08:34:08 +0000 2014",
      "favorited" : false,
      "full_text" : "@hongnhungbui70 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bùi Hồng Nhung ❤️",
            "screen_name" : "hongnhungbui70",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700160499",
            "id" : "700160499"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "345917615069983201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "345917615069983201",
      "created_at" : "Fri Mar 07 10:42:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@hongnhungbui70 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "282531517435256959",
      "in_reply_to_status_id" : "282531517435256959",
      "in_reply_to_user_id" : "700160499",
      "in_reply_to_user_id_str" : "700160499",
      "in_reply_to_screen_name" : "hongnhungbui70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "492477035388303176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "492477035388303176",
      "created_at" : "Fri Mar 07 04:20:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@doganc OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "78497273623299580",
      "in_reply_to_status_id" : "78497273623299580",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Robert Hughes",
            "screen_name" : "roberthughes53",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700074385",
            "id" : "700074385"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "675946861260919437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "675946861260919437",
      "created_at" : "Wed Mar 05 10:26:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@roberthughes53 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "702051730767507238",
      "in_reply_to_status_id" : "702051730767507238",
      "in_reply_to_user_id" : "700074385",
      "in_reply_to_user_id_str" : "700074385",
      "in_reply_to_screen_name" : "roberthughes53"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Robinson",
            "screen_name" : "margaret.robinson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700024083",
            "id" : "700024083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "787382325160719676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "787382325160719676",
      "created_at" : "Sun Mar 02 04:00:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@margaret.robinson Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "868650444144846432",
      "in_reply_to_status_id" : "868650444144846432",
      "in_reply_to_user_id" : "700024083",
      "in_reply_to_user_id_str" : "700024083",
      "in_reply_to_screen_name" : "margaret.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Татьяна Попова",
            "screen_name" : "rus.516",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700074756",
            "id" : "700074756"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "791214143737717535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "791214143737717535",
      "created_at" : "Wed Feb 19 23:53:04 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus.516 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "458991053559009723",
      "in_reply_to_status_id" : "458991053559009723",
      "in_reply_to_user_id" : "700074756",
      "in_reply_to_user_id_str" : "700074756",
      "in_reply_to_screen_name" : "rus.516"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Becker",
            "screen_name" : "ulrike.becker4",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700138379",
            "id" : "700138379"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1086490667780739029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1086490667780739029",
      "created_at" : "Fri Feb 14 15:12:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.becker4 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1014293968270666795",
      "in_reply_to_status_id" : "1014293968270666795",
      "in_reply_to_user_id" : "700138379",
      "in_reply_to_user_id_str" : "700138379",
      "in_reply_to_screen_name" : "ulrike.becker4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ulrike Becker",
            "screen_name" : "ulrike.becker4",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700138379",
            "id" : "700138379"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "345002479572973143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "345002479572973143",
      "created_at" : "Tue Feb 11 20:39:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@ulrike.becker4 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irène Dupré",
            "screen_name" : "irene_dupre",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700149936",
            "id" : "700149936"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "96828209500808681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "96828209500808681",
      "created_at" : "Sat Feb 08 21:14:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@irene_dupre See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "599774665274281416",
      "in_reply_to_status_id" : "599774665274281416",
      "in_reply_to_user_id" : "700149936",
      "in_reply_to_user_id_str" : "700149936",
      "in_reply_to_screen_name" : "irene_dupre"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "476334103024532339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "476334103024532339",
      "created_at" : "Wed Jan 29 17:49:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@maria.pena That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1090069234175086437",
      "in_reply_to_status_id" : "1090069234175086437",
      "in_reply_to_user_id" : "700063500",
      "in_reply_to_user_id_str" : "700063500",
      "in_reply_to_screen_name" : "maria.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vicky Wright",
            "screen_name" : "victoriawright56",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700069996",
            "id" : "700069996"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "536112174010832369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536112174010832369",
      "created_at" : "Tue Jan 28 23:41:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@victoriawright56 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "175382117198324275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "175382117198324275",
      "created_at" : "Thu Jan 23 15:42:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@maria.pena Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin.gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700095308",
            "id" : "700095308"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "517647734382792946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "517647734382792946",
      "created_at" : "Sun Jan 19 19:21:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@martin.gomez Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "770602108669399917",
      "in_reply_to_status_id" : "770602108669399917",
      "in_reply_to_user_id" : "700095308",
      "in_reply_to_user_id_str" : "700095308",
      "in_reply_to_screen_name" : "martin.gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "837787843345662440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "837787843345662440",
      "created_at" : "Sat Jan 18 12:51:32 +0000 2014",
      "favorited" : false,
      "full_text" : "@maria.pena Ευχαριστώ πολύ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Samantha Thompson",
            "screen_name" : "samantha.thompson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700049514",
            "id" : "700049514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "110827565623960194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "110827565623960194",
      "created_at" : "Wed Jan 15 22:09:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@samantha.thompson Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Fuchs",
            "screen_name" : "sorenfuchs82",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700160975",
            "id" : "700160975"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "248026317241942503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "248026317241942503",
      "created_at" : "Sat Jan 11 00:34:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@sorenfuchs82 Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "811206232129573239",
      "in_reply_to_status_id" : "811206232129573239",
      "in_reply_to_user_id" : "700160975",
      "in_reply_to_user_id_str" : "700160975",
      "in_reply_to_screen_name" : "sorenfuchs82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "José González",
            "screen_name" : "jose.gonzalez",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700088168",
            "id" : "700088168"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "347374878431216741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "347374878431216741",
      "created_at" : "Fri Jan 03 05:56:55 +0000 2014",
      "favorited" : false,
      "full_text" : "@jose.gonzalez Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "631827968656287828",
      "in_reply_to_status_id" : "631827968656287828",
      "in_reply_to_user_id" : "700088168",
      "in_reply_to_user_id_str" : "700088168",
      "in_reply_to_screen_name" : "jose.gonzalez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin.gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700095308",
            "id" : "700095308"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "515639321647747915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "515639321647747915",
      "created_at" : "Fri Jan 03 00:02:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@martin.gomez Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Татьяна Попова",
            "screen_name" : "rus.516",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700074756",
            "id" : "700074756"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "99483842899362436",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "99483842899362436",
      "created_at" : "Fri Dec 27 21:32:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus.516 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "41327594290865322",
      "in_reply_to_status_id" : "41327594290865322",
      "in_reply_to_user_id" : "700074756",
      "in_reply_to_user_id_str" : "700074756",
      "in_reply_to_screen_name" : "rus.516"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1149068754815924955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1149068754815924955",
      "created_at" : "Wed Dec 25 19:23:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "陈伟",
            "screen_name" : "chi.036",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700051810",
            "id" : "700051810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "302837272116390165",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "302837272116390165",
      "created_at" : "Tue Dec 24 05:43:45 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi.036 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1116741584984977474",
      "in_reply_to_status_id" : "1116741584984977474",
      "in_reply_to_user_id" : "700051810",
      "in_reply_to_user_id_str" : "700051810",
      "in_reply_to_screen_name" : "chi.036"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "陈伟",
            "screen_name" : "chi.036",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700051810",
            "id" : "700051810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "400055374871216413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "400055374871216413",
      "created_at" : "Wed Dec 18 01:50:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi.036 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ingrid Johansson",
            "screen_name" : "ingrid_johansson",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700029025",
            "id" : "700029025"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1102677903898408704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1102677903898408704",
      "created_at" : "Tue Nov 19 21:48:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@ingrid_johansson Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "583477817316385048",
      "in_reply_to_status_id" : "583477817316385048",
      "in_reply_to_user_id" : "700029025",
      "in_reply_to_user_id_str" : "700029025",
      "in_reply_to_screen_name" : "ingrid_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "536977731243240204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536977731243240204",
      "created_at" : "Wed Nov 06 22:41:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Güneş",
            "screen_name" : "gokhan.gunes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700032203",
            "id" : "700032203"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "500636095375036160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "500636095375036160",
      "created_at" : "Fri Nov 01 06:19:03 +0000 2013",
      "favorited" : false,
      "full_text" : "@gokhan.gunes Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Fuchs",
            "screen_name" : "sorenfuchs82",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700160975",
            "id" : "700160975"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "528965854941052361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "528965854941052361",
      "created_at" : "Tue Oct 29 07:49:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@sorenfuchs82 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1028162994886090150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1028162994886090150",
      "created_at" : "Sat Oct 26 06:23:55 +0000 2013",
      "favorited" : false,
      "full_text" : "@maria.pena Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "938076251327414346",
      "in_reply_to_status_id" : "938076251327414346",
      "in_reply_to_user_id" : "700063500",
      "in_reply_to_user_id_str" : "700063500",
      "in_reply_to_screen_name" : "maria.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1126816605648073505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1126816605648073505",
      "created_at" : "Fri Oct 25 19:34:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@maria.pena Thanks so much 🙏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "128209894353081233",
      "in_reply_to_status_id" : "128209894353081233",
      "in_reply_to_user_id" : "700063500",
      "in_reply_to_user_id_str" : "700063500",
      "in_reply_to_screen_name" : "maria.pena"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kiss Csaba",
            "screen_name" : "csabakiss46",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700127053",
            "id" : "700127053"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "248287483810431450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "248287483810431450",
      "created_at" : "Fri Oct 18 11:22:58 +0000 2013",
      "favorited" : false,
      "full_text" : "@csabakiss46 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "189140314104311135",
      "in_reply_to_status_id" : "189140314104311135",
      "in_reply_to_user_id" : "700127053",
      "in_reply_to_user_id_str" : "700127053",
      "in_reply_to_screen_name" : "csabakiss46"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kiss Csaba",
            "screen_name" : "csabakiss46",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700127053",
            "id" : "700127053"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "690148674639969146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "690148674639969146",
      "created_at" : "Thu Oct 17 08:54:31 +0000 2013",
      "favorited" : false,
      "full_text" : "@csabakiss46 Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1058209456153002009",
      "in_reply_to_status_id" : "1058209456153002009",
      "in_reply_to_user_id" : "700127053",
      "in_reply_to_user_id_str" : "700127053",
      "in_reply_to_screen_name" : "csabakiss46"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "35860572954381285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "35860572954381285",
      "created_at" : "Mon Oct 14 11:53:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@maria.pena Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Wood",
            "screen_name" : "woode",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102161",
            "id" : "700102161"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "0",
      "id_str" : "1012289869833262491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012289869833262491",
      "created_at" : "Thu Oct 10 09:15:29 +0000 2013",
      "favorited" : false,
      "full_text" : "@woode OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Fuchs",
            "screen_name" : "sorenfuchs82",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700160975",
            "id" : "700160975"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "1076692560171659401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1076692560171659401",
      "created_at" : "Thu Oct 10 07:36:45 +0000 2013",
      "favorited" : false,
      "full_text" : "@sorenfuchs82 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kiss Csaba",
            "screen_name" : "csabakiss46",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700127053",
            "id" : "700127053"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "116375633716851196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "116375633716851196",
      "created_at" : "Tue Oct 01 16:43:07 +0000 2013",
      "favorited" : false,
      "full_text" : "@csabakiss46 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "María Peña",
            "screen_name" : "maria.pena",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700063500",
            "id" : "700063500"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "329983937384595373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "329983937384595373",
      "created_at" : "Wed Sep 25 02:31:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@maria.pena Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sören Fuchs",
            "screen_name" : "sorenfuchs82",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700160975",
            "id" : "700160975"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "660523227022946179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "660523227022946179",
      "created_at" : "Mon Sep 23 16:32:49 +0000 2013",
      "favorited" : false,
      "full_text" : "@sorenfuchs82 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "300852492533250383",
      "in_reply_to_status_id" : "300852492533250383",
      "in_reply_to_user_id" : "700160975",
      "in_reply_to_user_id_str" : "700160975",
      "in_reply_to_screen_name" : "sorenfuchs82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1148766410909013780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1148766410909013780",
      "created_at" : "Mon Sep 09 05:01:06 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Samantha Thompson",
            "screen_name" : "samantha.thompson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700049514",
            "id" : "700049514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "521231721610801274",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "521231721610801274",
      "created_at" : "Sun Sep 08 05:56:11 +0000 2013",
      "favorited" : false,
      "full_text" : "@samantha.thompson See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "631708671487202970",
      "in_reply_to_status_id" : "631708671487202970",
      "in_reply_to_user_id" : "700049514",
      "in_reply_to_user_id_str" : "700049514",
      "in_reply_to_screen_name" : "samantha.thompson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "426323537496255110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "426323537496255110",
      "created_at" : "Sat Aug 31 08:03:11 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "556757362149927461",
      "in_reply_to_status_id" : "556757362149927461",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Ngọc Ánh",
            "screen_name" : "ngocanh_vu",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700027499",
            "id" : "700027499"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "537894472545337726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "537894472545337726",
      "created_at" : "Fri Aug 30 08:28:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@ngocanh_vu Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vicky Wright",
            "screen_name" : "victoriawright56",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700069996",
            "id" : "700069996"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "862236834486860034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "862236834486860034",
      "created_at" : "Thu Aug 22 03:25:53 +0000 2013",
      "favorited" : false,
      "full_text" : "@victoriawright56 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Ngọc Ánh",
            "screen_name" : "ngocanh_vu",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700027499",
            "id" : "700027499"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "2010328544910294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010328544910294",
      "created_at" : "Sat Aug 17 11:37:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@ngocanh_vu Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joaquín Rodríguez",
            "screen_name" : "joaquin.rodriguez",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700031328",
            "id" : "700031328"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "735516321915078173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "735516321915078173",
      "created_at" : "Sat Aug 03 10:49:19 +0000 2013",
      "favorited" : false,
      "full_text" : "@joaquin.rodriguez Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "791204046042523710",
      "in_reply_to_status_id" : "791204046042523710",
      "in_reply_to_user_id" : "700031328",
      "in_reply_to_user_id_str" : "700031328",
      "in_reply_to_screen_name" : "joaquin.rodriguez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "590715498534281445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "590715498534281445",
      "created_at" : "Mon Jul 22 14:19:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "805127471964412804",
      "in_reply_to_status_id" : "805127471964412804",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vicky Wright",
            "screen_name" : "victoriawright56",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700069996",
            "id" : "700069996"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1015103463367362958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1015103463367362958",
      "created_at" : "Fri Jul 12 23:14:49 +0000 2013",
      "favorited" : false,
      "full_text" : "@victoriawright56 Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "700672671580049279",
      "in_reply_to_status_id" : "700672671580049279",
      "in_reply_to_user_id" : "700069996",
      "in_reply_to_user_id_str" : "700069996",
      "in_reply_to_screen_name" : "victoriawright56"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kovács Bálint",
            "screen_name" : "balintkovacs55",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700020933",
            "id" : "700020933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "465981998999405091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "465981998999405091",
      "created_at" : "Sat Jul 06 02:16:25 +0000 2013",
      "favorited" : false,
      "full_text" : "@balintkovacs55 Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "62622845323594205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "62622845323594205",
      "created_at" : "Fri Jun 21 08:03:08 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "460624044829743421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "460624044829743421",
      "created_at" : "Thu Jun 20 05:34:26 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "3313742082703103",
      "in_reply_to_status_id" : "3313742082703103",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "399817824459399412",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "399817824459399412",
      "created_at" : "Sat Jun 15 11:00:30 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "969267974682953221",
      "in_reply_to_status_id" : "969267974682953221",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joaquín Rodríguez",
            "screen_name" : "joaquin.rodriguez",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700031328",
            "id" : "700031328"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "216418933725412807",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "216418933725412807",
      "created_at" : "Fri Jun 14 09:46:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@joaquin.rodriguez Köszönöm szépen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Thompson",
            "screen_name" : "michael.thompson",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700113263",
            "id" : "700113263"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "660972891106991626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "660972891106991626",
      "created_at" : "Tue Jun 11 17:29:52 +0000 2013",
      "favorited" : false,
      "full_text" : "@michael.thompson Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "1026945527020056115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1026945527020056115",
      "created_at" : "Thu Jun 06 02:58:05 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "552426874026400474",
      "in_reply_to_status_id" : "552426874026400474",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "915715651487014258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915715651487014258",
      "created_at" : "Wed Jun 05 15:07:36 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joaquín Rodríguez",
            "screen_name" : "joaquin.rodriguez",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700031328",
            "id" : "700031328"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "104382280999340127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "104382280999340127",
      "created_at" : "Tue May 14 09:54:30 +0000 2013",
      "favorited" : false,
      "full_text" : "@joaquin.rodriguez Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Joaquín Rodríguez",
            "screen_name" : "joaquin.rodriguez",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700031328",
            "id" : "700031328"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "247435001087364577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "247435001087364577",
      "created_at" : "Fri May 10 08:50:51 +0000 2013",
      "favorited" : false,
      "full_text" : "@joaquin.rodriguez Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Katherine Walker",
            "screen_name" : "katherine.walker",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700052461",
            "id" : "700052461"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1098451611021397723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1098451611021397723",
      "created_at" : "Sat Apr 27 02:43:12 +0000 2013",
      "favorited" : false,
      "full_text" : "@katherine.walker Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "792568604454508161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "792568604454508161",
      "created_at" : "Sun Apr 14 16:02:36 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "600151004867960557",
      "in_reply_to_status_id" : "600151004867960557",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "295465403484961402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "295465403484961402",
      "created_at" : "Wed Mar 20 07:48:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "438328925292925101",
      "in_reply_to_status_id" : "438328925292925101",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "842135298947085950",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "842135298947085950",
      "created_at" : "Sun Mar 17 10:17:32 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michael Thompson",
            "screen_name" : "michael.thompson",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700113263",
            "id" : "700113263"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "471043446116385992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "471043446116385992",
      "created_at" : "Tue Mar 05 06:10:24 +0000 2013",
      "favorited" : false,
      "full_text" : "@michael.thompson Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "1121822290288296875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1121822290288296875",
      "created_at" : "Sat Jan 26 12:04:02 +0000 2013",
      "favorited" : false,
      "full_text" : "@doganc OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "552111821382235967",
      "in_reply_to_status_id" : "552111821382235967",
      "in_reply_to_user_id" : "700141998",
      "in_reply_to_user_id_str" : "700141998",
      "in_reply_to_screen_name" : "doganc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kovács Bálint",
            "screen_name" : "balintkovacs55",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700020933",
            "id" : "700020933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "236074153277684282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "236074153277684282",
      "created_at" : "Fri Jan 04 02:09:11 +0000 2013",
      "favorited" : false,
      "full_text" : "@balintkovacs55 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "248791339322668960",
      "in_reply_to_status_id" : "248791339322668960",
      "in_reply_to_user_id" : "700020933",
      "in_reply_to_user_id_str" : "700020933",
      "in_reply_to_screen_name" : "balintkovacs55"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Çağlar Doğan",
            "screen_name" : "doganc",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141998",
            "id" : "700141998"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "581049724770889327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "581049724770889327",
      "created_at" : "Fri Dec 21 03:48:06 +0000 2012",
      "favorited" : false,
      "full_text" : "@doganc 谢谢你！",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Katherine Walker",
            "screen_name" : "katherine.walker",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700052461",
            "id" : "700052461"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "560863180481776778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "560863180481776778",
      "created_at" : "Wed Dec 19 04:14:41 +0000 2012",
      "favorited" : false,
      "full_text" : "@katherine.walker Köszönöm szépen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "886873569581001676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "886873569581001676",
      "created_at" : "Sat Dec 01 13:03:26 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrés López",
            "screen_name" : "lopeza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700013562",
            "id" : "700013562"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "764246345761398770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "764246345761398770",
      "created_at" : "Wed Aug 22 01:54:24 +0000 2012",
      "favorited" : false,
      "full_text" : "@lopeza I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "708472820466613529",
      "in_reply_to_status_id" : "708472820466613529",
      "in_reply_to_user_id" : "700013562",
      "in_reply_to_user_id_str" : "700013562",
      "in_reply_to_screen_name" : "lopeza"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "974277331613128710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "974277331613128710",
      "created_at" : "Fri Aug 17 10:15:20 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "796736379413919038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "796736379413919038",
      "created_at" : "Sat Aug 11 10:56:48 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Спасибо, увидимся",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrés López",
            "screen_name" : "lopeza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700013562",
            "id" : "700013562"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1039504756916595513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1039504756916595513",
      "created_at" : "Mon Aug 06 19:45:00 +0000 2012",
      "favorited" : false,
      "full_text" : "@lopeza Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Öztürk",
            "screen_name" : "emre_ozturk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700020457",
            "id" : "700020457"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "878844002838494236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "878844002838494236",
      "created_at" : "Fri Jul 13 16:57:11 +0000 2012",
      "favorited" : false,
      "full_text" : "@emre_ozturk Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1149372747146400060",
      "in_reply_to_status_id" : "1149372747146400060",
      "in_reply_to_user_id" : "700020457",
      "in_reply_to_user_id_str" : "700020457",
      "in_reply_to_screen_name" : "emre_ozturk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "599550628745446877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "599550628745446877",
      "created_at" : "Sat Jul 07 01:35:16 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "848595172959533822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "848595172959533822",
      "created_at" : "Mon Jun 18 13:38:20 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "397921554616563737",
      "in_reply_to_status_id" : "397921554616563737",
      "in_reply_to_user_id" : "700130721",
      "in_reply_to_user_id_str" : "700130721",
      "in_reply_to_screen_name" : "johnsonw"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthew Evans",
            "screen_name" : "evansm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700078228",
            "id" : "700078228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "165074270958908220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "165074270958908220",
      "created_at" : "Fri Jun 08 16:52:17 +0000 2012",
      "favorited" : false,
      "full_text" : "@evansm Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "817384300226241380",
      "in_reply_to_status_id" : "817384300226241380",
      "in_reply_to_user_id" : "700078228",
      "in_reply_to_user_id_str" : "700078228",
      "in_reply_to_screen_name" : "evansm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matthew Evans",
            "screen_name" : "evansm",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700078228",
            "id" : "700078228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "488929668780816972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "488929668780816972",
      "created_at" : "Thu May 10 08:39:31 +0000 2012",
      "favorited" : false,
      "full_text" : "@evansm Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "780299743649485304",
      "in_reply_to_status_id" : "780299743649485304",
      "in_reply_to_user_id" : "700078228",
      "in_reply_to_user_id_str" : "700078228",
      "in_reply_to_screen_name" : "evansm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1076181627335162193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1076181627335162193",
      "created_at" : "Fri Mar 23 13:32:17 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "565980119781817049",
      "in_reply_to_status_id" : "565980119781817049",
      "in_reply_to_user_id" : "700130721",
      "in_reply_to_user_id_str" : "700130721",
      "in_reply_to_screen_name" : "johnsonw"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "William Johnson",
            "screen_name" : "johnsonw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700130721",
            "id" : "700130721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "513286714287242479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "513286714287242479",
      "created_at" : "Mon Mar 19 05:52:46 +0000 2012",
      "favorited" : false,
      "full_text" : "@johnsonw Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "119719499546251328",
      "in_reply_to_status_id" : "119719499546251328",
      "in_reply_to_user_id" : "700130721",
      "in_reply_to_user_id_str" : "700130721",
      "in_reply_to_screen_name" : "johnsonw"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emre Öztürk",
            "screen_name" : "emre_ozturk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700020457",
            "id" : "700020457"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "291757895333616382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "291757895333616382",
      "created_at" : "Fri Feb 24 13:09:07 +0000 2012",
      "favorited" : false,
      "full_text" : "@emre_ozturk Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "763664666148932854",
      "in_reply_to_status_id" : "763664666148932854",
      "in_reply_to_user_id" : "700020457",
      "in_reply_to_user_id_str" : "700020457",
      "in_reply_to_screen_name" : "emre_ozturk"
    }
  }
]